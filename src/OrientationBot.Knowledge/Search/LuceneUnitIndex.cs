using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene.Net index of the directory, built once at start-up: one Lucene document per
/// <see cref="IndexDocument"/>, its five <see cref="IndexDocument.Columns"/> as fields, ranked by BM25 with per-field boosts.
/// Text is stemmed in C# (<see cref="Stemmer"/>) before it is indexed, so the index and the query analysis agree on every term.
/// </summary>
/// <remarks>
/// Thread-safe: the reader and searcher are shared and read-only, each one-stem query builds its own query and collector
/// (no QueryParser, which is not), and the kept scores are a concurrent dictionary of immutable arrays.
/// </remarks>
public sealed class LuceneUnitIndex : IUnitIndex, IDisposable
{
    /// <summary>Field names in <see cref="IndexDocument.Columns"/> order: name, acronyms, aliases, ancestors, body.</summary>
    private static readonly string[] Fields = ["name", "acronyms", "aliases", "context", "body"];

    /// <summary>
    /// Per-field boosts, in <see cref="Fields"/> order. Flatter than FTS5's column weights (10, 10, 6, 1.5, 1): in FTS5 they
    /// only hastened one saturation per stem over the whole row, while Lucene saturates each field on its own, with the
    /// boost multiplying the whole score. Chosen, with the query's shape, on the tuning and development sets.
    /// </summary>
    private static readonly float[] Boosts = [2f, 2f, 1.5f, 1f, 1f];

    /// <summary>Where a Lucene document came from in <see cref="Documents"/>, as doc values so hits map back without loading stored fields.</summary>
    private const string PositionField = "position";

    /// <summary>Plain BM25 (b below 0.7 answered more of the unanswerable questions).</summary>
    private static readonly Similarity Bm25 = new BM25Similarity(1.2f, 0.75f);

    private readonly RAMDirectory _store = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Each Lucene document id's position in <see cref="Documents"/>.</summary>
    private readonly int[] _positions;

    /// <summary>For each indexed term, which fields hold it (bit per field): a question's unknown words add no clauses.</summary>
    private readonly Dictionary<string, int> _termFields = new(StringComparer.Ordinal);

    /// <summary>Each term's documents and Lucene scores, from its one-stem query the first time a question uses it.</summary>
    private readonly ConcurrentDictionary<string, (int Position, float Score)[]> _stemScores = new(StringComparer.Ordinal);

    public LuceneUnitIndex(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Documents = DocumentBuilder.Build(directory);
        Vocabulary = new IndexVocabulary(Documents);
        Fill();
        _reader = DirectoryReader.Open(_store);
        _searcher = new RowFrequencySearcher(_reader, DocumentFrequencies()) { Similarity = Bm25 };
        _positions = Positions(_reader);
        ReadTerms(_reader);
    }

    public IReadOnlyList<IndexDocument> Documents { get; }

    public IndexVocabulary Vocabulary { get; }

    /// <summary>
    /// The documents matching any of the stems, best first: Lucene's score of <see cref="Query"/>, the sum over the stems of
    /// each stem's best field. Each stem's scores come from Lucene once, from its one-stem query, and are kept (the index
    /// never changes), so a question adds up numbers instead of building weights and scorers: Lucene's per-query set-up
    /// allocated about 150 KB a question, whose collections made the slowest answers.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyCollection<string> stems, int limit)
    {
        ArgumentNullException.ThrowIfNull(stems);
        if (limit <= 0)
            return [];
        var scores = ArrayPool<double>.Shared.Rent(Documents.Count);
        var matched = ArrayPool<int>.Shared.Rent(Documents.Count);
        try
        {
            Array.Clear(scores, 0, Documents.Count);
            var count = 0;
            var clauses = 0;
            foreach (var stem in stems)
            {
                var term = StemAnalyzer.Term(stem);
                // Past Lucene's clause limit its query would throw; a question that long has said enough already.
                if (!_termFields.ContainsKey(term) || clauses++ == BooleanQuery.MaxClauseCount)
                    continue;
                foreach (var (position, score) in _stemScores.GetOrAdd(term, ScoreOneStem))
                {
                    if (scores[position] == 0)
                        matched[count++] = position;
                    scores[position] += score;
                }
            }
            return Best(scores, matched.AsSpan(0, count), limit);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    /// <summary>The same search as one Lucene query, scored and collected by Lucene per call: what <see cref="Search"/> must equal.</summary>
    internal IReadOnlyList<SearchHit> SearchWithOneQuery(IReadOnlyCollection<string> stems, int limit)
    {
        var query = Query(stems);
        if (query is null || limit <= 0)
            return [];
        // In-order collector: ties keep the lower document id, which is the lower position (see Fill).
        var collector = TopScoreDocCollector.Create(limit, true);
        _searcher.Search(query, collector);
        var top = collector.GetTopDocs().ScoreDocs;
        var hits = new SearchHit[top.Length];
        for (var i = 0; i < top.Length; i++)
            hits[i] = new SearchHit(Documents[_positions[top[i].Doc]], top[i].Score);
        return hits;
    }

    /// <summary>Every document the stem's one-stem query matches, by position, with Lucene's score.</summary>
    private (int Position, float Score)[] ScoreOneStem(string term)
    {
        var collector = TopScoreDocCollector.Create(Math.Max(1, _reader.MaxDoc), true);
        _searcher.Search(StemQuery(term, _termFields[term]), collector);
        return [.. collector.GetTopDocs().ScoreDocs.Select(hit => (_positions[hit.Doc], hit.Score))];
    }

    /// <summary>The <paramref name="limit"/> best of the matched positions, ties in document order as Lucene's in-order collector keeps them.</summary>
    private SearchHit[] Best(double[] scores, Span<int> matched, int limit)
    {
        matched.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var hits = new SearchHit[Math.Min(limit, matched.Length)];
        for (var i = 0; i < hits.Length; i++)
            hits[i] = new SearchHit(Documents[matched[i]], (float)scores[matched[i]]);
        return hits;
    }

    /// <summary>
    /// One SHOULD clause per stem: the best of its boosted per-field term queries (tie-breaker 0), so a stem counts once, by
    /// its best field, as FTS5's single saturation per stem over the row made it; summing fields instead lost answers.
    /// Null when no stem is indexed.
    /// </summary>
    private BooleanQuery? Query(IReadOnlyCollection<string> stems)
    {
        // Coord off: a document's score is the plain sum of its stems' BM25.
        var query = new BooleanQuery(disableCoord: true);
        foreach (var stem in stems)
        {
            var term = StemAnalyzer.Term(stem);
            // Past Lucene's clause limit the query would throw; a question that long has said enough already.
            if (!_termFields.TryGetValue(term, out var fields) || query.Clauses.Count == BooleanQuery.MaxClauseCount)
                continue;
            query.Add(StemQuery(term, fields), Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The best of a term's boosted per-field term queries, over the fields that hold it (a bit per field).</summary>
    private static DisjunctionMaxQuery StemQuery(string term, int fields)
    {
        var best = new DisjunctionMaxQuery(0f);
        for (var f = 0; f < Fields.Length; f++)
        {
            if ((fields & (1 << f)) != 0)
                best.Add(new TermQuery(new Term(Fields[f], term)) { Boost = Boosts[f] });
        }
        return best;
    }

    private void Fill()
    {
        using var analyzer = StemAnalyzer.Create();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = Bm25, OpenMode = OpenMode.CREATE };
        using var writer = new IndexWriter(_store, config);
        for (var i = 0; i < Documents.Count; i++)
        {
            var document = new Document { new NumericDocValuesField(PositionField, i) };
            for (var f = 0; f < Fields.Length; f++)
                document.Add(new TextField(Fields[f], Documents[i].Columns[f], Field.Store.NO));
            writer.AddDocument(document);
        }
        // One segment: document ids then follow the order added, so the collector's tie-break is document order.
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>How many documents hold each term in any field, for <see cref="RowFrequencySearcher"/>.</summary>
    private Dictionary<string, int> DocumentFrequencies()
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            terms.Clear();
            foreach (var column in document.Columns)
            {
                foreach (var stem in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    terms.Add(StemAnalyzer.Term(stem));
            }
            foreach (var term in terms)
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }
        return frequencies;
    }

    private static int[] Positions(IndexReader reader)
    {
        var values = MultiDocValues.GetNumericValues(reader, PositionField);
        var positions = new int[reader.MaxDoc];
        for (var doc = 0; doc < positions.Length; doc++)
            positions[doc] = (int)values.Get(doc);
        return positions;
    }

    private void ReadTerms(IndexReader reader)
    {
        for (var f = 0; f < Fields.Length; f++)
        {
            var terms = MultiFields.GetTerms(reader, Fields[f]);
            if (terms is null)
                continue;
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var term = iterator.Term.Utf8ToString();
                _termFields[term] = _termFields.GetValueOrDefault(term) | (1 << f);
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _store.Dispose();
    }
}
