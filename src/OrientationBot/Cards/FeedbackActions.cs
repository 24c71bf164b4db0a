using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// "Helpful" sends at once; "Not helpful" opens a small form so the comment stays optional and out of the way.
/// </summary>
internal static class FeedbackActions
{
    public const int MaxCommentLength = 500;

    public static IEnumerable<JsonObject> For(string question, string? unitId) =>
    [
        CardActions.Feedback("Helpful", helpful: true, question, unitId),
        CardElements.ShowCard(
            "Not helpful",
            [
                CardElements.TextInput(
                    CardActions.Fields.Comment,
                    "What were you looking for? (optional)",
                    "e.g. the unit that handles travel requests",
                    MaxCommentLength),
            ],
            [CardActions.Feedback("Send", helpful: false, question, unitId)]),
    ];
}
