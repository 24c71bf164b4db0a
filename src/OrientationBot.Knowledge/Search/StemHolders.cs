namespace OrientationBot.Knowledge.Search;

/// <summary>The documents (by number) that hold one stem or acronym key, field by field: see <see cref="StemOccurrences"/>.</summary>
public sealed class StemHolders
{
    private readonly int[] _bodyDocuments;
    private readonly int[][] _bodySentences;

    private StemHolders(DocumentSet withStem, DocumentSet withContextStem, DocumentSet withIdentityStem, DocumentSet withAcronymKey,
        int[] bodyDocuments, int[][] bodySentences)
    {
        WithStem = withStem;
        WithContextStem = withContextStem;
        WithIdentityStem = withIdentityStem;
        WithAcronymKey = withAcronymKey;
        _bodyDocuments = bodyDocuments;
        _bodySentences = bodySentences;
    }

    /// <summary>The documents with the stem among <see cref="IndexDocument.AllStems"/>.</summary>
    public DocumentSet WithStem { get; }

    /// <summary>The documents with the stem among <see cref="IndexDocument.ContextStems"/>.</summary>
    public DocumentSet WithContextStem { get; }

    /// <summary>The documents with the stem among <see cref="IndexDocument.IdentityStems"/>.</summary>
    public DocumentSet WithIdentityStem { get; }

    /// <summary>The documents with the key among <see cref="IndexDocument.AcronymKeys"/>.</summary>
    public DocumentSet WithAcronymKey { get; }

    /// <summary>The document's <see cref="IndexDocument.SentencesByStem"/> for the stem, or null when its body never has it.</summary>
    public int[]? SentencesIn(int document)
    {
        var at = _bodyDocuments.AsSpan().BinarySearch(document);
        return at >= 0 ? _bodySentences[at] : null;
    }

    internal static StemHolders Nowhere(int documentCount)
    {
        var none = DocumentSet.Empty(documentCount);
        return new StemHolders(none, none, none, none, [], []);
    }

    /// <summary>Every stem and acronym key of the documents, with where it occurs.</summary>
    internal static Dictionary<string, StemHolders> ByTerm(IReadOnlyList<IndexDocument> documents)
    {
        var all = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var context = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var identity = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var acronymKeys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, List<(int Document, int[] Sentences)>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            AddAll(all, document.AllStems, i);
            AddAll(context, document.ContextStems, i);
            AddAll(identity, document.IdentityStems, i);
            AddAll(acronymKeys, document.AcronymKeys, i);
            foreach (var (stem, sentences) in document.SentencesByStem)
                Add(bodies, stem, (i, sentences));
        }
        var count = documents.Count;
        var none = DocumentSet.Empty(count);
        DocumentSet In(Dictionary<string, List<int>> field, string term) =>
            field.TryGetValue(term, out var holders) ? DocumentSet.Of(count, holders) : none;
        var terms = all.Keys.Concat(context.Keys).Concat(identity.Keys).Concat(acronymKeys.Keys).Concat(bodies.Keys).Distinct(StringComparer.Ordinal);
        return terms.ToDictionary(term => term, term =>
        {
            var body = bodies.TryGetValue(term, out var postings) ? postings : [];
            return new StemHolders(In(all, term), In(context, term), In(identity, term), In(acronymKeys, term),
                [.. body.Select(p => p.Document)], [.. body.Select(p => p.Sentences)]);
        }, StringComparer.Ordinal);
    }

    internal static void Add<T>(Dictionary<string, List<T>> byTerm, string term, T posting)
    {
        if (!byTerm.TryGetValue(term, out var postings))
            byTerm[term] = postings = [];
        postings.Add(posting);
    }

    private static void AddAll(Dictionary<string, List<int>> byTerm, IEnumerable<string> terms, int document)
    {
        foreach (var term in terms)
            Add(byTerm, term, document);
    }
}
