using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>The top of the tree: each root unit with its direct children as rows, to start browsing.</summary>
public static class UnitsOverviewCard
{
    // The guide has a handful of roots; the caps only guard the card size if the parser ever leaves orphans.
    private const int MaxRoots = 6;
    private const int MaxChildrenPerRoot = 10;

    public static BotCard Build(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var roots = directory.Roots.Take(MaxRoots).ToList();
        if (roots.Count == 0)
            return CardElements.Card("The e-Guide's units are not loaded yet.", [CardElements.Text("The e-Guide's units are not loaded yet; please try again later.")]);

        JsonNode?[] body =
        [
            CardElements.Title("Units in the e-Guide"),
            CardElements.Text("Pick a unit to see where it sits and what the e-Guide says about it."),
            .. roots.Select(root => Root(root, directory)),
            directory.Roots.Count > MaxRoots ? CardElements.Note($"{directory.Roots.Count - MaxRoots} more top-level units not shown.") : null,
        ];

        var fallback = "Units in the e-Guide: " + string.Join(", ", roots.Select(r => UnitText.Title(r, directory)));
        return CardElements.Card(Excerpt.Shorten(fallback, 1000), body);
    }

    private static JsonObject Root(Unit root, UnitDirectory directory)
    {
        var children = directory.Children(root);
        var more = children.Count > MaxChildrenPerRoot ? $"{children.Count - MaxChildrenPerRoot} more inside; open the unit to see all." : null;
        return CardElements.Container(
        [
            CardElements.Heading(UnitText.Title(root, directory)),
            .. CardElements.Rows([CardActions.OpenUnit($"About {UnitText.Title(root, directory)}", root.Id)]),
            .. UnitNavigation.Rows(children.Take(MaxChildrenPerRoot), directory),
            CardElements.Note(more),
        ], separator: true)!;
    }
}
