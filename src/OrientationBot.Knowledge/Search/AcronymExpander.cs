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

    /// <summary>Longer tokens than this are spotted with buffers on the heap rather than the stack.</summary>
    private const int StackTokenLength = 128;

    private readonly Dictionary<string, List<IReadOnlySet<string>>>.AlternateLookup<ReadOnlySpan<char>> _expansionsByKey;

    /// <summary>The places in <see cref="_reverse"/> of the expansions, by their first stem.</summary>
    private readonly Dictionary<string, int[]> _reverseByFirstStem;

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
        _expansionsByKey = _expansions.GetAlternateLookup<ReadOnlySpan<char>>();
        _reverseByFirstStem = Enumerable.Range(0, _reverse.Count).GroupBy(i => _reverse[i].Stems.First(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
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
        return Spot(rawToken.AsSpan());
    }

    /// <summary><see cref="Spot(string)"/> for a token not copied out of its question: most tokens are no acronym, and cost nothing.</summary>
    public string? Spot(ReadOnlySpan<char> rawToken)
    {
        Span<char> buffer = rawToken.Length <= StackTokenLength ? stackalloc char[StackTokenLength] : new char[rawToken.Length];
        var key = TextTokens.AcronymKey(rawToken, buffer);
        if (key.Length < 2)
            return null;
        // Most tokens are no acronym the guide knows: ask that first, the everyday-word test costs more.
        if (!_expansionsByKey.TryGetValue(key, out var known, out _) && key.Length > 3 && key[^1] == 'S')
            _expansionsByKey.TryGetValue(key[..^1], out known, out _);
        if (known is null)
            return null;
        var shouted = TextTokens.CountUpper(rawToken) >= 2;
        return !shouted && IsEverydayWord(rawToken) ? null : known;
    }

    /// <summary>Acronym keys whose whole expansion the question's stems contain, with that expansion's stems, in the guide's order.</summary>
    public IReadOnlyList<(string Key, IReadOnlySet<string> Stems)> Abbreviate(IReadOnlySet<string> questionStems)
    {
        ArgumentNullException.ThrowIfNull(questionStems);
        // An expansion can only be contained if its first stem is: check just the ones filed under a stem of the question.
        List<int>? candidates = null;
        foreach (var stem in questionStems)
        {
            if (_reverseByFirstStem.TryGetValue(stem, out var filed))
                (candidates ??= []).AddRange(filed);
        }
        if (candidates is null)
            return [];
        candidates.Sort();
        var contained = new List<(string Key, IReadOnlySet<string> Stems)>();
        foreach (var candidate in candidates)
        {
            if (_reverse[candidate].Stems.IsSubsetOf(questionStems))
                contained.Add(_reverse[candidate]);
        }
        return contained;
    }

    private static bool IsEverydayWord(ReadOnlySpan<char> rawToken)
    {
        Span<char> buffer = rawToken.Length <= StackTokenLength ? stackalloc char[StackTokenLength] : new char[rawToken.Length];
        return StopWords.Contains(buffer[..rawToken.ToLowerInvariant(buffer)]);
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
