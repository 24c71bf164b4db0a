using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>Picks the card for any kind of answer, so the conversation layer needs one call.</summary>
public static class AnswerCards
{
    public static BotCard For(Answer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var card = Build(answer, directory);
        return answer.Tentative ? Hedged(card) : card;
    }

    /// <summary>The card with <see cref="AnswerText.NotSure"/> on top, in its fallback and speak texts too.</summary>
    private static BotCard Hedged(BotCard card)
    {
        var content = (JsonObject)card.Content.DeepClone();
        content["body"]!.AsArray().Insert(0, CardElements.Text(AnswerText.NotSure, color: "Warning"));
        var fallback = AnswerText.NotSure + " " + card.FallbackText;
        content["fallbackText"] = fallback;
        content["speak"] = AnswerText.NotSure + " " + (string?)content["speak"]; // a screen reader hears the doubt first too
        return card with { Content = content, FallbackText = fallback };
    }

    private static BotCard Build(Answer answer, UnitDirectory directory) => answer switch
    {
        UnitAnswer unit => AnswerCard.Build(unit, directory),
        GlossaryAnswer glossary => GlossaryCard.Build(glossary, directory),
        StructureAnswer structure => StructureCard.Build(structure, directory),
        GuideAnswer guide => GuideCard.Build(guide, directory),
        NoAnswer none => NoAnswerCard.Build(none, directory),
        null => throw new ArgumentNullException(nameof(answer)),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "No card is defined for this kind of answer."),
    };
}
