using System.Text;
using Microsoft.Data.Sqlite;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// An in-memory SQLite FTS5 index of the directory, built once at start-up. Text is stemmed in C#
/// (<see cref="Stemmer"/>) before it is stored, so the index and the query analysis agree on every term.
/// One connection and one prepared command serve all callers under a lock: a query takes microseconds.
/// </summary>
public sealed class Fts5UnitIndex : IUnitIndex, IDisposable
{
    /// <summary>bm25 column weights: name, acronyms, aliases, ancestors, body.</summary>
    private const string Bm25 = "bm25(docs, 10.0, 10.0, 6.0, 1.5, 1.0)";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;
    private readonly SqliteParameter _match;
    private readonly SqliteParameter _limit;
    private readonly Lock _gate = new();

    public Fts5UnitIndex(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Documents = DocumentBuilder.Build(directory);
        Vocabulary = new IndexVocabulary(Documents);
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Fill();
        _query = _connection.CreateCommand();
        _query.CommandText = $"SELECT rowid, {Bm25} FROM docs WHERE docs MATCH $match ORDER BY 2 LIMIT $limit";
        _match = _query.Parameters.Add("$match", SqliteType.Text);
        _limit = _query.Parameters.Add("$limit", SqliteType.Integer);
        _match.Value = "\"x\"";
        _limit.Value = 1;
        _query.Prepare();
    }

    public IReadOnlyList<IndexDocument> Documents { get; }

    public IndexVocabulary Vocabulary { get; }

    public IReadOnlyList<SearchHit> Search(IReadOnlyCollection<string> stems, int limit)
    {
        ArgumentNullException.ThrowIfNull(stems);
        if (stems.Count == 0)
            return [];
        var match = new StringBuilder();
        foreach (var stem in stems)
        {
            if (match.Length > 0)
                match.Append(" OR ");
            match.Append('"').Append(stem.Replace("\"", "", StringComparison.Ordinal)).Append('"');
        }
        var hits = new List<SearchHit>(limit);
        lock (_gate)
        {
            _match.Value = match.ToString();
            _limit.Value = limit;
            using var reader = _query.ExecuteReader();
            while (reader.Read())
                hits.Add(new SearchHit(Documents[(int)reader.GetInt64(0) - 1], -reader.GetDouble(1)));
        }
        return hits;
    }

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
