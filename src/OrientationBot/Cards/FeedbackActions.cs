using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// "Helpful" sends at once; "Not helpful" opens a small form so the comment stays optional and out of the way.
/// </summary>
internal static class FeedbackActions
{
    public const int MaxCommentLength = 500;

    /// <summary>Whether the card's feedback buttons are the ones for this question and unit: the card the vote was cast on.</summary>
    public static bool Rates(BotCard card, string question, string? unitId)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Content["actions"] is JsonArray actions && actions.OfType<JsonObject>().Any(a =>
            a["data"] is JsonObject data && (string?)data[CardActions.VerbField] == CardActions.Verbs.Feedback
            && (string?)data[CardActions.Fields.Question] == question && (string?)data[CardActions.Fields.UnitId] == unitId);
    }

    /// <summary>
    /// The card once voted on: the vote is shown where the buttons were, with the other choice left to change it (one
    /// vote per user per answer, the later one counting). After "not helpful" it names the editors, who can fix the guide.
    /// </summary>
    public static BotCard Voted(BotCard card, bool helpful, string question, string? unitId, string feedbackEmail)
    {
        ArgumentNullException.ThrowIfNull(card);
        var content = (JsonObject)card.Content.DeepClone();
        content.Remove("actions");
        var change = helpful ? NotHelpful("Change to not helpful", question, unitId) : Helpful("Change to helpful", question, unitId);
        content["body"]!.AsArray().Add(CardElements.Container(
        [
            CardElements.Text(helpful ? "\u2714 You found this helpful. Thank you." : "\u2714 You found this not helpful. Thank you for saying so."),
            helpful ? null : CardElements.Note($"If the e-Guide itself is missing something or out of date, its editors welcome corrections: {feedbackEmail}"),
            CardElements.ActionSet([change]),
        ], style: "emphasis", separator: true));
        return card with { Content = content };
    }

    public static IEnumerable<JsonObject> For(string question, string? unitId) =>
        [Helpful("Helpful", question, unitId), NotHelpful("Not helpful", question, unitId)];

    private static JsonObject Helpful(string title, string question, string? unitId) =>
        CardActions.Feedback(title, helpful: true, question, unitId);

    /// <summary>A small form, so the comment stays optional and out of the way.</summary>
    private static JsonObject NotHelpful(string title, string question, string? unitId) =>
        CardElements.ShowCard(
            title,
            [
                CardElements.TextInput(
                    CardActions.Fields.Comment,
                    "What were you looking for? (optional)",
                    "e.g. the unit that handles travel requests",
                    MaxCommentLength),
            ],
            [CardActions.Feedback("Send", helpful: false, question, unitId)]);
}
