using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Conversations;

/// <summary>
/// Units for a message-extension search (brief §4.3). Teams queries while the user types, so a name or acronym
/// that starts with the text comes first; then what the answerer's index finds. No text lists the top of the tree.
/// </summary>
internal sealed class UnitSearch(UnitDirectory directory, IUnitIndex index)
{
    private readonly QueryAnalyser analyser = new(directory, index.Vocabulary);

    public IReadOnlyList<Unit> Find(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var query = text?.Trim() ?? "";
        if (query.Length == 0)
            return TopOfTree().Take(max).ToList();

        var found = new List<Unit>(max);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Unit unit)
        {
            if (found.Count < max && seen.Add(unit.Id))
                found.Add(unit);
        }

        foreach (var unit in directory.Units.Where(u => Names(u).Any(n => n.Equals(query, StringComparison.OrdinalIgnoreCase))))
            Add(unit);
        if (query.Length >= 2)
        {
            foreach (var unit in directory.Units.Where(u => Names(u).Any(n => n.StartsWith(query, StringComparison.OrdinalIgnoreCase))))
                Add(unit);
        }

        // Three times the room: glossary and guide entries share the index and are skipped here.
        foreach (var hit in index.Search(analyser.Analyse(query).SearchStems, max * 3))
        {
            if (hit.Document.Kind == DocumentKind.Unit && directory.Find(hit.Document.Key) is { } unit)
                Add(unit);
        }
        return found;
    }

    /// <summary>The roots, then their children, level by level: the departments before their offices.</summary>
    private IEnumerable<Unit> TopOfTree()
    {
        var level = directory.Roots.ToList();
        while (level.Count > 0)
        {
            foreach (var unit in level)
                yield return unit;
            level = level.SelectMany(directory.Children).ToList();
        }
    }

    private IEnumerable<string> Names(Unit unit) => [directory.DisplayName(unit), unit.Name, .. unit.Acronyms, .. unit.Aliases];
}
