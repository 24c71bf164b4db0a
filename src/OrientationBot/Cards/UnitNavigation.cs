using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>Rows that walk the unit tree: "Part of", "Includes", "Did you mean", and unit lists.</summary>
internal static class UnitNavigation
{
    /// <summary>One openUnit row per unit, its full name on a line that wraps (see <see cref="CardElements.Rows"/>).</summary>
    public static IEnumerable<JsonObject> Rows(IEnumerable<Unit> units, UnitDirectory directory) =>
        CardElements.Rows(units.Select(u => Open(u, directory)));

    public static JsonObject Open(Unit unit, UnitDirectory directory) =>
        CardActions.OpenUnit(UnitText.Title(unit, directory), unit.Id);

    public static JsonObject? PartOf(Unit unit, UnitDirectory directory) =>
        directory.Parent(unit) is { } parent
            ? CardElements.Container([CardElements.Heading("Part of"), .. Rows([parent], directory)])
            : null;

    /// <summary>The first <paramref name="max"/> children, saying how many more the guide lists.</summary>
    public static JsonObject? Includes(Unit unit, UnitDirectory directory, int max)
    {
        var children = directory.Children(unit);
        if (children.Count == 0)
            return null;
        var heading = children.Count > max ? $"Includes ({max} of {children.Count} shown)" : "Includes";
        return CardElements.Container([CardElements.Heading(heading), .. Rows(children.Take(max), directory)]);
    }

    public static JsonObject? DidYouMean(IReadOnlyList<Unit> alternatives, UnitDirectory directory, int max = 3)
    {
        if (alternatives.Count == 0)
            return null;
        return CardElements.Container(
            [CardElements.Heading("Did you mean"), .. Rows(alternatives.Take(max), directory)],
            separator: true);
    }
}
