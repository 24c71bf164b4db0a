using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>What a unit contains (its children as buttons) or what it belongs to (the chain of parents).</summary>
public static class StructureCard
{
    // Twelve rows of two: the largest organigramme box in the guide fits, and the card stays small.
    private const int MaxUnits = 24;

    public static BotCard Build(StructureAnswer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var unit = answer.Unit;
        var name = UnitText.Title(unit, directory);

        var (lead, buttons, fallback) = answer.Intent == QuestionIntent.Parent
            ? Parents(unit, directory, UnitText.InSentence(unit, directory, startsSentence: true))
            : Children(answer.Related, directory, UnitText.InSentence(unit, directory, startsSentence: true));

        JsonNode?[] body =
        [
            CardElements.Title(name),
            CardElements.Text(lead),
            .. buttons,
            CardElements.Note(UnitText.Source(unit.Section)),
            .. CardElements.Rows([CardActions.OpenUnit($"About {name}", unit.Id)]),
        ];
        return CardElements.Card(fallback, body, FeedbackActions.For(answer.Question, unit.Id));
    }

    private static (string Lead, IEnumerable<JsonObject> Buttons, string Fallback) Children(
        IReadOnlyList<Unit> children, UnitDirectory directory, string name)
    {
        if (children.Count == 0)
        {
            var none = $"The e-Guide lists no units within {UncapitalisedArticle(name)}.";
            return (none, [], none);
        }
        var lead = children.Count > MaxUnits
            ? $"{name} includes {children.Count} units; the first {MaxUnits} are shown:"
            : $"{name} includes {Units(children.Count)}:";
        var fallback = $"{name} includes: {string.Join(", ", children.Select(c => UnitText.Title(c, directory)))}";
        return (lead, UnitNavigation.Rows(children.Take(MaxUnits), directory), Excerpt.Shorten(fallback, 1000));
    }

    // The directory's chain is root-first by construction; the answer's Related list promises no order.
    private static (string Lead, IEnumerable<JsonObject> Buttons, string Fallback) Parents(Unit unit, UnitDirectory directory, string name)
    {
        var chain = directory.Ancestors(unit);
        if (chain.Count == 0)
        {
            var top = $"{name} is at the top of the e-Guide's structure.";
            return (top, [], top);
        }
        var breadcrumb = UnitText.Breadcrumb(unit, directory);
        var lead = $"{name} is part of {UnitText.InSentence(chain[^1], directory)}:\n\n{breadcrumb}";
        return (lead, UnitNavigation.Rows(chain.Reverse(), directory), $"{name} sits here: {breadcrumb}");
    }

    private static string Units(int count) => count == 1 ? "1 unit" : $"{count} units";

    private static string UncapitalisedArticle(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? "t" + name[1..] : name;
}
