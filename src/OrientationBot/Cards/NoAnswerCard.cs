using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>An honest decline: the closest units, and a ready-made note to the e-Guide's editors.</summary>
public static class NoAnswerCard
{
    /// <summary>The subject the guide asks suggestions to carry.</summary>
    public const string FeedbackSubject = "e-Guide Feedback";

    private const int MaxSuggestions = 6;

    public static BotCard Build(NoAnswer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var suggestions = answer.Suggestions.Take(MaxSuggestions).ToList();

        var body = new[]
        {
            CardElements.Title("The e-Guide doesn't cover that"),
            CardElements.Text("I only answer from the onboarding e-Guide, and I found nothing in it that answers your question."),
            suggestions.Count == 0
                ? null
                : CardElements.Container(
                    [CardElements.Heading("These units may be close"), .. UnitNavigation.Rows(suggestions, directory)]),
            CardElements.Container(
            [
                CardElements.Heading("Think the e-Guide should cover it?"),
                CardElements.Text("Tell its editors; they collect suggestions for the next update."),
                CardElements.Facts([("Email", answer.FeedbackEmail)]),
                CardElements.ActionSet([CardElements.OpenUrl("Suggest it to the editors", FeedbackLink(answer), answer.FeedbackEmail)]),
            ], separator: true),
        };

        var closest = suggestions.Count == 0
            ? ""
            : $" Closest units: {string.Join(", ", suggestions.Select(u => UnitText.Title(u, directory)))}.";
        var fallback = $"The e-Guide doesn't cover that.{closest} Suggestions for the e-Guide: {answer.FeedbackEmail}";
        return CardElements.Card(fallback, body, [CardActions.Help("What can I ask?")]);
    }

    /// <summary>mailto: the feedback address, subject "e-Guide Feedback", the question in the body.</summary>
    public static string? FeedbackLink(NoAnswer answer)
    {
        var question = Excerpt.Shorten(answer.Question, CardActions.MaxQuestionLength);
        var body = $"I asked OrientationBot: \"{question}\"\r\nThe e-Guide does not seem to cover this.";
        return Mailto.For(answer.FeedbackEmail, FeedbackSubject, body);
    }
}
