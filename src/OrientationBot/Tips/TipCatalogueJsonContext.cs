using System.Text.Json.Serialization;

namespace OrientationBot.Tips;

// Strict on purpose: a tip with a missing or null field fails at start-up, not in a user's chat.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(List<Tip>))]
internal sealed partial class TipCatalogueJsonContext : JsonSerializerContext;
