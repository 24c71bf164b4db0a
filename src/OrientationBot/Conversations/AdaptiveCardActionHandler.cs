using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Cards;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// An <c>adaptiveCard/action</c> invoke (Universal Actions, brief §4.1): the same verbs as Action.Submit, answered
/// in the HTTP response with the card that replaces the pressed one, or a message the client shows.
/// </summary>
internal sealed class AdaptiveCardActionHandler(CardActionHandler actions)
{
    public async Task<TurnOutcome> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var value = AdaptiveCardInvokeValue.From(activity.Value);
        if (value?.Action is not { } invoked)
            return Error("missing value", "BadRequest", "The invoke has no value.action.");
        // Botbuilder's answer to an Action.Submit arriving as an invoke (brief §8.6).
        if (!string.Equals(invoked.Type, AdaptiveCardInvokeAction.ExecuteType, StringComparison.Ordinal))
            return Error("not Action.Execute", "NotSupported", $"Only {AdaptiveCardInvokeAction.ExecuteType} is supported.");
        if (!CardAction.TryParse(DataWithVerb(invoked), out var action))
            return Error("unknown verb", "BadRequest", "The action's verb is unknown or lacks a field it needs.");

        var outcome = await actions.HandleAsync(action, activity, cancellationToken);
        var response = outcome.Reply switch
        {
            { Card: { } card } => AdaptiveCardInvokeResponse.Card(card.Content),
            { Text: { } text } => AdaptiveCardInvokeResponse.Message(text),
            _ => AdaptiveCardInvokeResponse.Message("Done."),
        };
        return outcome with { Reply = null, Invoke = InvokeResponse.From(response) };
    }

    /// <summary>
    /// The action's data in the Action.Submit shape <see cref="CardAction.TryParse"/> reads: an Action.Execute carries
    /// its verb beside the data, an Action.Submit turned Execute inside it.
    /// </summary>
    private static JsonElement DataWithVerb(AdaptiveCardInvokeAction invoked)
    {
        var data = invoked.Data is { ValueKind: JsonValueKind.Object } given
            ? JsonNode.Parse(given.GetRawText())!.AsObject()
            : new JsonObject();
        if (!data.ContainsKey(CardActions.VerbField) && !string.IsNullOrEmpty(invoked.Verb))
            data[CardActions.VerbField] = invoked.Verb;
        using var document = JsonDocument.Parse(data.ToJsonString());
        return document.RootElement.Clone();
    }

    private static TurnOutcome Error(string reason, string code, string message) =>
        new($"action:{reason}") { Invoke = InvokeResponse.From(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, code, message)) };
}
