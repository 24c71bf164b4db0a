using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>What an acronym stands for, where the guide defines it, and the unit it names if it names one.</summary>
public static class GlossaryCard
{
    public static BotCard Build(GlossaryAnswer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var entry = answer.Entry;
        var unit = answer.Unit;

        var body = new[]
        {
            CardElements.Title(entry.Acronym),
            CardElements.Text($"**{entry.Acronym}** stands for **{entry.Expansion}**."),
            unit is null || directory.Parent(unit) is null ? null : CardElements.Note(UnitText.Breadcrumb(unit, directory)),
            unit is null || unit.Summary.Length == 0 ? null : CardElements.Text(Excerpt.Shorten(unit.Summary, 400)),
            CardElements.Note(UnitText.Source(entry.Section)),
            unit is null ? null : CardElements.Container([.. CardElements.Rows([CardActions.OpenUnit($"About {UnitText.Title(unit, directory)}", unit.Id)])]),
        };

        var fallback = $"{entry.Acronym} stands for {entry.Expansion}. {UnitText.Source(entry.Section)}";
        return CardElements.Card(fallback, body, FeedbackActions.For(answer.Question, unit?.Id));
    }
}
