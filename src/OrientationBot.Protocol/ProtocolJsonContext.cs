using System.Text.Json;
using System.Text.Json.Serialization;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Protocol;

/// <summary>
/// Source-generated JSON metadata for every wire type: web defaults (camelCase, case-insensitive reading)
/// and nulls omitted on write, as botbuilder serialises (brief §3.1).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CoreActivity))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(ClientInfo))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(MessagingExtensionQuery))]
[JsonSerializable(typeof(MessagingExtensionResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
