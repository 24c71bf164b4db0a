using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>The HTTP status and JSON body that answer an invoke in the response to its own POST (brief §4).</summary>
public sealed record InvokeResponse(int StatusCode, JsonNode? Body)
{
    /// <summary>What botbuilder answers for an invoke nobody handles (brief §4).</summary>
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);

    /// <summary>The UAM envelope; its own status is also the HTTP status, as botbuilder does for errors (brief §4.1).</summary>
    public static InvokeResponse From(AdaptiveCardInvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(response.StatusCode, JsonSerializer.SerializeToNode(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse));
    }

    /// <summary>A message-extension answer; always 200, an empty result list included (brief §4.3).</summary>
    public static InvokeResponse From(MessagingExtensionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(StatusCodes.Status200OK, JsonSerializer.SerializeToNode(response, ProtocolJsonContext.Default.MessagingExtensionResponse));
    }
}
