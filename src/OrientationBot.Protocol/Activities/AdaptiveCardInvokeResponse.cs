using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>
/// The HTTP body answering an <c>adaptiveCard/action</c> invoke (brief §4.1, UAM):
/// <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{card}}</c>.
/// </summary>
public sealed record AdaptiveCardInvokeResponse
{
    /// <summary>Gets the outcome status; a missing status means 200.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Gets the type of <see cref="Value"/>, one of <see cref="ContentTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the card, message string or error object.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Answers with a card the client shows in place of the current one.</summary>
    /// <param name="card">The Adaptive Card object.</param>
    public static AdaptiveCardInvokeResponse Card(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new AdaptiveCardInvokeResponse { Type = ContentTypes.AdaptiveCard, Value = card };
    }

    /// <summary>Answers with a message the client shows.</summary>
    /// <param name="text">The message.</param>
    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AdaptiveCardInvokeResponse { Type = ContentTypes.ActivityMessage, Value = JsonValue.Create(text) };
    }

    /// <summary>Answers with an error, such as 400 <c>BadRequest</c> or <c>NotSupported</c>, or 500.</summary>
    /// <param name="statusCode">The outcome status, also used as the HTTP status by botbuilder.</param>
    /// <param name="code">A short machine-readable code.</param>
    /// <param name="message">A human-readable explanation.</param>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ContentTypes.Error,
        Value = JsonSerializer.SerializeToNode(
            new InvokeError { Code = code, Message = message },
            ProtocolJsonContext.Default.InvokeError),
    };
}
