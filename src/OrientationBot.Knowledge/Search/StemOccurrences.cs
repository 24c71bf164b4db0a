namespace OrientationBot.Knowledge.Search;

/// <summary>
/// For every stem, acronym key and stem pair of the index, the documents that hold it, field by field. The ranker
/// asks of each of a question's forty hits whether each of its words is in it: looked up here once per question,
/// a word costs a bit test per hit instead of a hash lookup in every document's own sets.
/// </summary>
public sealed class StemOccurrences
{
    private readonly Dictionary<IndexDocument, int> _numbers;
    private readonly Dictionary<string, StemHolders> _holders;
    private readonly Dictionary<string, DocumentSet> _stemPairs;
    private readonly StemHolders _nowhere;

    public StemOccurrences(IReadOnlyList<IndexDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        DocumentCount = documents.Count;
        // By reference: IndexDocument is a record, and hashing its sets for every hit would cost more than the ranking.
        _numbers = new Dictionary<IndexDocument, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++)
            _numbers[documents[i]] = i;
        _holders = StemHolders.ByTerm(documents);
        _nowhere = StemHolders.Nowhere(DocumentCount);
        var pairs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var pair in documents[i].StemPairs)
                StemHolders.Add(pairs, pair, i);
        }
        _stemPairs = pairs.ToDictionary(p => p.Key, p => DocumentSet.Of(DocumentCount, p.Value), StringComparer.Ordinal);
    }

    public int DocumentCount { get; }

    /// <summary>No document: the start of a union.</summary>
    public DocumentSet None => _nowhere.WithStem;

    /// <summary>The document's number: its place in the list the occurrences were built from.</summary>
    public int NumberOf(IndexDocument document) => _numbers[document];

    /// <summary>Where a stem or an acronym key occurs (nowhere, for one the index does not know).</summary>
    public StemHolders Of(string stemOrKey)
    {
        ArgumentNullException.ThrowIfNull(stemOrKey);
        return _holders.GetValueOrDefault(stemOrKey, _nowhere);
    }

    /// <summary>The documents with the pair (see <see cref="DocumentBuilder.StemPair"/>) among <see cref="IndexDocument.StemPairs"/>.</summary>
    public DocumentSet WithStemPair(string pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return _stemPairs.GetValueOrDefault(pair, None);
    }

    /// <summary>The documents with every one of the stems among <see cref="IndexDocument.AllStems"/> (every document when there are none).</summary>
    public DocumentSet WithEveryStem(IEnumerable<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        DocumentSet? holders = null;
        foreach (var stem in stems)
        {
            holders = holders is null ? Of(stem).WithStem : holders.Intersect(Of(stem).WithStem);
            if (holders.IsEmpty)
                break;
        }
        return holders ?? DocumentSet.All(DocumentCount);
    }
}
