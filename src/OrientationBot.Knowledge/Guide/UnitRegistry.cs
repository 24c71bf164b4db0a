using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>The units found so far, looked up by any of the guide's spellings of a name, an acronym or an alias.</summary>
internal sealed partial class UnitRegistry
{
    private readonly List<UnitDraft> _units = [];

    public IReadOnlyList<UnitDraft> All => _units;

    public UnitDraft Add(string name, UnitDraft? parent)
    {
        var draft = new UnitDraft(name, null);
        parent?.AddChild(draft);
        _units.Add(draft);
        return draft;
    }

    /// <summary>
    /// Finds a unit by name. A shared name is told apart by a qualifier naming an ancestor, in either of the
    /// guide's forms: "Office of the Under-Secretary-General, DPO" or "Office of the Under-Secretary-General (DPO)".
    /// </summary>
    public UnitDraft? Find(string name)
    {
        var qualified = Qualified().Match(name.Trim());
        if (qualified.Success)
        {
            var within = Find(qualified.Groups["q"].Value);
            var inner = Matching(qualified.Groups["name"].Value).Where(u => within is not null && u.Ancestors().Contains(within)).ToList();
            if (inner.Count == 1)
                return inner[0];
        }
        var matches = Matching(name).ToList();
        if (matches.Count == 1)
            return matches[0];
        var byAcronym = _units.Where(u => u.Acronyms.Contains(name.Trim(), StringComparer.Ordinal)).ToList();
        return byAcronym.Count == 1 ? byAcronym[0] : null;
    }

    private IEnumerable<UnitDraft> Matching(string name)
    {
        var key = UnitNameKey.From(name);
        return key.Length == 0
            ? []
            : _units.Where(u => u.Key == key || u.Aliases.Any(a => UnitNameKey.From(a) == key));
    }

    public UnitDraft? FindOrAdd(string name, UnitDraft parent) => Find(name) ?? Add(name, parent);

    [GeneratedRegex(@"^(?<name>.+?)(?:,\s*|\s*\()(?<q>[A-Z][A-Za-z\-]{1,12})\)?$")]
    private static partial Regex Qualified();
}
