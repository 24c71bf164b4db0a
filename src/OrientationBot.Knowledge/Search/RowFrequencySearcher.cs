using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// A searcher whose BM25 idf counts the documents that hold a term in any field, not in the field searched: as FTS5's did.
/// Per-field counts made a common word rare in names ("peace") outweigh the rare word asked about ("mediation").
/// </summary>
internal sealed class RowFrequencySearcher(IndexReader reader, IReadOnlyDictionary<string, int> documentFrequencies) : IndexSearcher(reader)
{
    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        var statistics = base.TermStatistics(term, context);
        return documentFrequencies.TryGetValue(term.Text, out var frequency)
            ? new TermStatistics(statistics.Term, frequency, statistics.TotalTermFreq)
            : statistics;
    }
}
