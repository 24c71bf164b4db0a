using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>One onboarding tip, with the ways to get another, pause, or move the daily time (the opt-out, §6.4).</summary>
public static class TipCard
{
    private const int MaxTextChars = 1200;

    /// <param name="about">The unit the tip is about, offered as a button; null for general tips.</param>
    /// <param name="section">The guide section the tip comes from.</param>
    /// <param name="tipTime">The user's current tip time, preset in the "Change time" form.</param>
    public static BotCard Build(string title, string text, Unit? about, string? section, TimeOnly tipTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);

        JsonNode?[] body =
        [
            CardElements.Note("Onboarding tip"),
            CardElements.Title(title),
            .. Excerpt.Paragraphs(text, MaxTextChars, out _).Select(p => CardElements.Text(p)),
            about is null ? null : CardElements.Container([.. CardElements.Rows([CardActions.OpenUnit($"About {about.Name}", about.Id)])]),
            CardElements.Note(UnitText.Source(section)),
        ];
        JsonObject[] actions =
        [
            CardActions.NextTip("Next tip"),
            CardActions.TipsOff("Pause tips"),
            CardElements.ShowCard(
                "Change time",
                [CardElements.TimeInput(CardActions.Fields.TipTime, "Send the daily tip at", tipTime)],
                [CardActions.ChangeTime("Save")]),
        ];

        var fallback = $"Tip: {title}. {Excerpt.Shorten(text, 300)}";
        return CardElements.Card(fallback, body, actions);
    }
}
