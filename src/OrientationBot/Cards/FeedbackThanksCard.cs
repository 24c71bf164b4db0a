using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>The reply to a helpful / not helpful press; after a miss, it points to the people who can fix the guide.</summary>
public static class FeedbackThanksCard
{
    public static BotCard Build(bool helpful, string feedbackEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedbackEmail);
        if (helpful)
            return CardElements.Card("Thanks for your feedback.", [CardElements.Text("Thanks, glad that helped.")]);

        JsonNode?[] body =
        [
            CardElements.Text("Thanks for telling me; it helps me improve my answers."),
            CardElements.Text("If the e-Guide itself is missing something or out of date, its editors welcome corrections:"),
            CardElements.Facts([("Email", feedbackEmail)]),
            CardElements.ActionSet([CardElements.OpenUrl("Write to the editors", Mailto.For(feedbackEmail, NoAnswerCard.FeedbackSubject), feedbackEmail)]),
        ];
        return CardElements.Card($"Thanks for your feedback. Corrections to the e-Guide: {feedbackEmail}", body);
    }
}
