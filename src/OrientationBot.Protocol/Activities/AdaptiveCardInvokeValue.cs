using System.Text.Json;

namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (brief §4.1).</summary>
public sealed record AdaptiveCardInvokeValue
{
    /// <summary>Gets the action that was executed.</summary>
    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary>Gets <c>manual</c> for a button press or <c>automatic</c> for a card refresh.</summary>
    public string? Trigger { get; init; }

    /// <summary>Reads the invoke value, or returns <see langword="null"/> when it is missing or not the expected shape.</summary>
    /// <param name="value">The activity's <see cref="CoreActivity.Value"/>.</param>
    public static AdaptiveCardInvokeValue? From(JsonElement? value) =>
        ValueJson.Read(value, ProtocolJsonContext.Default.AdaptiveCardInvokeValue);
}
