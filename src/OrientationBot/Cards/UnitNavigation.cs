using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>Buttons that walk the unit tree: "Part of", "Includes", "Did you mean", and unit lists.</summary>
internal static class UnitNavigation
{
    /// <summary>One openUnit button per unit, two to a row so full unit names stay readable.</summary>
    public static IEnumerable<JsonObject> Buttons(IEnumerable<Unit> units, UnitDirectory directory, int perRow = 2) =>
        CardElements.ActionRows(units.Select(u => Button(u, directory)), perRow);

    public static JsonObject Button(Unit unit, UnitDirectory directory) =>
        CardActions.OpenUnit(UnitText.ButtonLabel(unit, directory), unit.Id, tooltip: UnitText.Title(unit, directory));

    public static JsonObject? PartOf(Unit unit, UnitDirectory directory) =>
        directory.Parent(unit) is { } parent
            ? CardElements.Container([CardElements.Heading("Part of"), CardElements.ActionSet([Button(parent, directory)])])
            : null;

    /// <summary>The first <paramref name="max"/> children, saying how many more the guide lists.</summary>
    public static JsonObject? Includes(Unit unit, UnitDirectory directory, int max)
    {
        var children = directory.Children(unit);
        if (children.Count == 0)
            return null;
        var heading = children.Count > max ? $"Includes ({max} of {children.Count} shown)" : "Includes";
        return CardElements.Container([CardElements.Heading(heading), .. Buttons(children.Take(max), directory)]);
    }

    public static JsonObject? DidYouMean(IReadOnlyList<Unit> alternatives, UnitDirectory directory, int max = 3)
    {
        if (alternatives.Count == 0)
            return null;
        return CardElements.Container(
            [CardElements.Heading("Did you mean"), .. Buttons(alternatives.Take(max), directory)],
            separator: true);
    }
}
