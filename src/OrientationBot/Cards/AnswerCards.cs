using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>Picks the card for any kind of answer, so the conversation layer needs one call.</summary>
public static class AnswerCards
{
    public static BotCard For(Answer answer, UnitDirectory directory) => answer switch
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
