using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// Acronyms both ways, from the glossary and the units' own acronyms and acronym-like aliases:
/// "UNPOL" brings in the words of "United Nations Police", and "protection of civilians" brings in "poc".
/// </summary>
public sealed class AcronymExpander
{
    private readonly Dictionary<string, List<IReadOnlySet<string>>> _expansions = new(StringComparer.Ordinal);
    private readonly List<(string Key, IReadOnlySet<string> Stems)> _reverse = [];
    private readonly HashSet<string> _unitKeys = new(StringComparer.Ordinal);

    public AcronymExpander(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var entry in directory.Glossary)
            Add(entry.Acronym, entry.Expansion);
        foreach (var unit in directory.Units)
        {
            foreach (var acronym in unit.Acronyms.Concat(CompoundAcronym.Heads(directory, unit)))
            {
                Add(acronym, unit.Name);
                _unitKeys.Add(TextTokens.AcronymKey(acronym));
            }
            foreach (var alias in unit.Aliases.Where(a => !a.Contains(' ', StringComparison.Ordinal) && a.Count(char.IsUpper) >= 2))
            {
                Add(alias, unit.Name);
                _unitKeys.Add(TextTokens.AcronymKey(alias));
            }
        }
    }

    /// <summary>Whether the key is the acronym of a unit (its own, a compound head or an alias), not only a glossary term's.</summary>
    public bool NamesAUnit(string key) => _unitKeys.Contains(key);

    /// <summary>Whether the key (see <see cref="TextTokens.AcronymKey"/>) is an acronym the guide defines.</summary>
    public bool IsAcronym(string key) => _expansions.ContainsKey(key);

    /// <summary>The content stems of every expansion of the acronym.</summary>
    public IReadOnlyList<IReadOnlySet<string>> Expand(string key) =>
        _expansions.TryGetValue(key, out var list) ? list : [];

    /// <summary>
    /// The acronym key a raw token stands for, or null: a token with two capitals is taken as typed;
    /// a lower-case one only when it is no everyday word ("its" is not ITS, "unmas" is UNMAS).
    /// </summary>
    public string? Spot(string rawToken)
    {
        ArgumentNullException.ThrowIfNull(rawToken);
        var key = TextTokens.AcronymKey(rawToken);
        if (key.Length < 2)
            return null;
        var shouted = rawToken.Count(char.IsUpper) >= 2;
        if (!shouted && StopWords.Contains(rawToken.ToLowerInvariant()))
            return null;
        if (_expansions.ContainsKey(key))
            return key;
        if (key.Length > 3 && key[^1] == 'S' && _expansions.ContainsKey(key[..^1]))
            return key[..^1];
        return null;
    }

    /// <summary>Acronym keys whose whole expansion the question's stems contain, with that expansion's stems.</summary>
    public IEnumerable<(string Key, IReadOnlySet<string> Stems)> Abbreviate(IReadOnlySet<string> questionStems)
    {
        foreach (var (key, stems) in _reverse)
        {
            if (stems.IsSubsetOf(questionStems))
                yield return (key, stems);
        }
    }

    private void Add(string acronym, string expansion)
    {
        var key = TextTokens.AcronymKey(acronym);
        var stems = TextTokens.ContentStems(expansion).ToHashSet(StringComparer.Ordinal);
        if (key.Length < 2 || stems.Count == 0)
            return;
        if (!_expansions.TryGetValue(key, out var list))
            _expansions[key] = list = [];
        if (!list.Any(s => s.SetEquals(stems)))
            list.Add(stems);
        if (stems.Count >= 2 && !_reverse.Any(r => r.Key == key && r.Stems.SetEquals(stems)))
            _reverse.Add((key, stems));
    }
}
