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
    /// <param name="last">No tip comes after this one: the card says the programme is complete, and offers no next tip.</param>
    public const string LastTipNote =
        "That was the last tip of the programme: you have now met every part of the e-Guide. Your daily tips stop here; ask me anything, any time.";

    public static BotCard Build(string title, string text, Unit? about, string? section, TimeOnly tipTime, bool last = false)
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
            last ? CardElements.Text(LastTipNote, weight: "Bolder") : null,
        ];
        JsonObject[] actions = last ? [] :
        [
            CardActions.NextTip("Next tip"),
            CardActions.TipsOff("Pause tips"),
            CardElements.ShowCard(
                "Change time",
                [CardElements.TimeInput(CardActions.Fields.TipTime, "Send the daily tip at", tipTime)],
                [CardActions.ChangeTime("Save")]),
        ];

        var fallback = $"Tip: {title}. {Excerpt.Shorten(text, 300)}" + (last ? " " + LastTipNote : "");
        return CardElements.Card(fallback, body, actions);
    }
}
