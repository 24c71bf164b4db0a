namespace OrientationBot.Knowledge.Search;

/// <summary>
/// The index's own vocabulary: how often each word is written (for spelling correction) and in how
/// many documents each stem occurs (for inverse document frequency).
/// </summary>
public sealed class IndexVocabulary
{
    private readonly Dictionary<string, int> _wordCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stemDocuments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf;
    private readonly double _maxIdf;

    public IndexVocabulary(IReadOnlyList<IndexDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var doc in documents)
        {
            foreach (var word in doc.SurfaceWords)
                _wordCounts[word] = _wordCounts.GetValueOrDefault(word) + 1;
            foreach (var stem in doc.AllStems)
                _stemDocuments[stem] = _stemDocuments.GetValueOrDefault(stem) + 1;
        }
        DocumentCount = documents.Count;
        _maxIdf = Math.Log(1 + DocumentCount);
        _idf = _stemDocuments.ToDictionary(p => p.Key, p => Math.Log(1 + (double)DocumentCount / p.Value), StringComparer.Ordinal);
        WordsByLength = _wordCounts.Keys.Where(w => w.Length >= 3 && !w.Any(char.IsDigit))
            .GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray());
        _byPrefix = _wordCounts.Keys.Where(w => w.Length >= PrefixLength).GroupBy(w => w[..PrefixLength], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private const int PrefixLength = 5;
    private readonly Dictionary<string, string[]> _byPrefix;

    /// <summary>Known words that begin with the given five letters.</summary>
    public IReadOnlyList<string> WordsStartingWith(string prefix) =>
        prefix.Length == PrefixLength && _byPrefix.TryGetValue(prefix, out var words) ? words : [];

    public int DocumentCount { get; }

    /// <summary>Written words grouped by length, so the corrector only compares words of a near length.</summary>
    public IReadOnlyDictionary<int, string[]> WordsByLength { get; }

    public bool KnowsWord(string word) => _wordCounts.ContainsKey(word);

    public bool KnowsStem(string stem) => _stemDocuments.ContainsKey(stem);

    public int WordCount(string word) => _wordCounts.GetValueOrDefault(word);

    /// <summary>ln(1 + N/df); a stem the index has never seen weighs the most, as the rarest evidence would.</summary>
    public double Idf(string stem) => _idf.TryGetValue(stem, out var idf) ? idf : _maxIdf;
}
