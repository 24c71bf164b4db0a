using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// An in-memory SQLite FTS5 index of the directory, built once at start-up. Text is stemmed in C#
/// (<see cref="Stemmer"/>) before it is stored, so the index and the query analysis agree on every term.
/// </summary>
/// <remarks>
/// FTS5's bm25 of an OR query is the sum of each phrase's own bm25 (a phrase's idf and term-frequency part
/// do not depend on the other phrases). So each stem is asked of FTS5 once, its scored postings kept, and a
/// question's ranking is their sum: the same scores as the OR query, without parsing and scoring the whole
/// index for every question. <see cref="SearchWithOrQuery"/> keeps the single-query form to prove it.
/// </remarks>
public sealed class Fts5UnitIndex : IUnitIndex, IDisposable
{
    /// <summary>bm25 column weights: name, acronyms, aliases, ancestors, body.</summary>
    private const string Bm25 = "bm25(docs, 10.0, 10.0, 6.0, 1.5, 1.0)";

    /// <summary>Questions can bring any number of unknown words; past this many stems, postings are not kept.</summary>
    private const int MaxRememberedStems = 50_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;
    private readonly SqliteParameter _match;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, Posting[]> _postings = new(StringComparer.Ordinal);

    public Fts5UnitIndex(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Documents = DocumentBuilder.Build(directory);
        Vocabulary = new IndexVocabulary(Documents);
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Fill();
        _query = _connection.CreateCommand();
        _query.CommandText = $"SELECT rowid, {Bm25} FROM docs WHERE docs MATCH $match";
        _match = _query.Parameters.Add("$match", SqliteType.Text);
        _match.Value = "\"x\"";
        _query.Prepare();
    }

    public IReadOnlyList<IndexDocument> Documents { get; }

    public IndexVocabulary Vocabulary { get; }

    public IReadOnlyList<SearchHit> Search(IReadOnlyCollection<string> stems, int limit)
    {
        ArgumentNullException.ThrowIfNull(stems);
        // Scratch arrays from the pool: a search runs per question, and its garbage is what pauses the others.
        var count = Documents.Count;
        var scores = ArrayPool<double>.Shared.Rent(count);
        var seen = ArrayPool<bool>.Shared.Rent(count);
        var matched = ArrayPool<Scored>.Shared.Rent(count);
        try
        {
            Array.Clear(scores, 0, count);
            Array.Clear(seen, 0, count);
            foreach (var stem in stems)
            {
                foreach (var posting in Postings(stem))
                {
                    seen[posting.Document] = true;
                    scores[posting.Document] += posting.Score;
                }
            }
            var found = 0;
            for (var document = 0; document < count; document++)
            {
                if (seen[document])
                    matched[found++] = new Scored(document, scores[document]);
            }
            matched.AsSpan(0, found).Sort();
            var hits = new List<SearchHit>(Math.Min(limit, found));
            for (var i = 0; i < found && i < limit; i++)
                hits.Add(new SearchHit(Documents[matched[i].Document], matched[i].Score));
            return hits;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<bool>.Shared.Return(seen);
            ArrayPool<Scored>.Shared.Return(matched);
        }
    }

    /// <summary>A document's summed score, in the order of <see cref="Best"/>: highest first, ties in index order.</summary>
    private readonly record struct Scored(int Document, double Score) : IComparable<Scored>
    {
        public int CompareTo(Scored other) => other.Score.CompareTo(Score) is var order and not 0 ? order : Document.CompareTo(other.Document);
    }

    /// <summary>The same ranking as one FTS5 OR query over the stems: the reference <see cref="Search"/> must equal.</summary>
    public IReadOnlyList<SearchHit> SearchWithOrQuery(IReadOnlyCollection<string> stems, int limit)
    {
        ArgumentNullException.ThrowIfNull(stems);
        return stems.Count == 0 ? [] : Best(Query(string.Join(" OR ", stems.Select(Phrase))).Select(p => (p.Document, p.Score)), limit);
    }

    private Posting[] Postings(string stem)
    {
        if (_postings.TryGetValue(stem, out var known))
            return known;
        var postings = Query(Phrase(stem)).ToArray();
        if (_postings.Count < MaxRememberedStems)
            _postings.TryAdd(stem, postings);
        return postings;
    }

    private List<Posting> Query(string match)
    {
        var postings = new List<Posting>();
        lock (_gate)
        {
            _match.Value = match;
            using var reader = _query.ExecuteReader();
            while (reader.Read())
                postings.Add(new Posting((int)reader.GetInt64(0) - 1, -reader.GetDouble(1)));
        }
        return postings;
    }

    /// <summary>Highest score first; ties in index order, so the ranking never depends on the order stems were summed in.</summary>
    private List<SearchHit> Best(IEnumerable<(int Document, double Score)> scored, int limit) =>
        scored.OrderByDescending(s => s.Score).ThenBy(s => s.Document).Take(limit)
            .Select(s => new SearchHit(Documents[s.Document], s.Score)).ToList();

    private static string Phrase(string stem) => "\"" + stem.Replace("\"", "", StringComparison.Ordinal) + "\"";

    /// <summary>A document's bm25 for one stem, made positive (higher is better).</summary>
    private readonly record struct Posting(int Document, double Score);

    public void Dispose()
    {
        _query.Dispose();
        _connection.Dispose();
    }

    private void Fill()
    {
        using (var create = _connection.CreateCommand())
        {
            // unicode61 only: the text arrives stemmed, so porter would stem it twice.
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(name, acronyms, aliases, context, body, tokenize='unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs(rowid, name, acronyms, aliases, context, body) VALUES ($id, $c0, $c1, $c2, $c3, $c4)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var columns = Enumerable.Range(0, 5).Select(i => insert.Parameters.Add($"$c{i}", SqliteType.Text)).ToArray();
        for (var i = 0; i < Documents.Count; i++)
        {
            id.Value = i + 1;
            for (var c = 0; c < columns.Length; c++)
                columns[c].Value = Documents[i].Columns[c];
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
