using System.Text.Json;

namespace OrientationBot.Protocol.Activities;

/// <summary>The card action copied into an <c>adaptiveCard/action</c> invoke, with the card's inputs merged into <c>data</c> (brief §4.1).</summary>
public sealed record AdaptiveCardInvokeAction
{
    /// <summary>The action type Universal Actions must carry.</summary>
    public const string ExecuteType = "Action.Execute";

    /// <summary>Gets the action type; <c>Action.Execute</c> for Universal Actions.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the action's id in the card.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the verb the card gave the action.</summary>
    public string? Verb { get; init; }

    /// <summary>Gets the action data with the card's input values added.</summary>
    public JsonElement? Data { get; init; }
}
