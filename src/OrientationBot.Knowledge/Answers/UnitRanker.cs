using System.Buffers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Ranks the index's hits by what the directory knows: a question that spells out a unit's name or
/// acronym points at that unit far more than one that shares words with its prose; the ancestors'
/// names place a unit ("the SSR unit in OROLSI"); bm25 over the weighted columns breaks the rest.
/// </summary>
public sealed class UnitRanker
{
    private const int Retrieved = 40;
    private const double IdentityWeight = 1.0;
    private const double CompletenessWeight = 0.5;
    private const double CoverageWeight = 0.7;
    private const double Bm25Weight = 0.3;
    private const double PhraseWeight = 0.4;

    /// <summary>How much a topic word counts towards <see cref="RankedCandidate.Focus"/> when it stands apart from the others.</summary>
    private const double ScatteredWeight = 0.25;

    private readonly IUnitIndex index;

    // Keyed by reference: IndexDocument is a record, and hashing its sets for every hit would cost more than the ranking.
    private readonly Dictionary<IndexDocument, WeightedName[]> _names;

    /// <summary>The most sentences any document has: the size of the scratch space for <see cref="RankedCandidate.Focus"/>.</summary>
    private readonly int _maxSentences;

    public UnitRanker(IUnitIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        this.index = index;
        _maxSentences = index.Documents.Count == 0 ? 0 : index.Documents.Max(d => d.SentenceCount);
        _names = index.Documents.ToDictionary<IndexDocument, IndexDocument, WeightedName[]>(d => d, Names, ReferenceEqualityComparer.Instance);
    }

    public IReadOnlyList<RankedCandidate> Rank(AnalysedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = index.Search(query.SearchStems, Retrieved);
        if (hits.Count == 0 || query.TotalWeight <= 0)
            return [];
        var best = hits.Max(h => h.Score);
        var ranked = new List<RankedCandidate>(hits.Count);
        var bySentence = ArrayPool<double>.Shared.Rent(_maxSentences);
        try
        {
            foreach (var hit in hits)
            {
                var doc = hit.Document;
                var (coverage, identityShare, focus) = Measure(doc, query, bySentence);
                var completeness = NameCompleteness(doc, query);
                var score = IdentityWeight * identityShare + CompletenessWeight * completeness
                    + CoverageWeight * (coverage + focus) / 2 + Bm25Weight * (best > 0 ? hit.Score / best : 0)
                    + PhraseWeight * PhraseShare(doc, query);
                ranked.Add(new RankedCandidate(doc, score, coverage, identityShare, completeness, focus));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(bySentence);
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>
    /// In one pass over the question's terms: the share the document mentions anywhere, the share its own names
    /// explain, and its <see cref="RankedCandidate.Focus"/> (<paramref name="bySentence"/> is scratch space).
    /// </summary>
    private static (double Coverage, double Identity, double Focus) Measure(IndexDocument doc, AnalysedQuery query, double[] bySentence)
    {
        double covered = 0, identity = 0, placed = 0, scattered = 0, together = 0;
        var cleared = false;
        foreach (var term in query.Terms)
        {
            var named = term.IdentityIn(doc);
            identity += term.Weight * named;
            if (!term.IsIn(doc))
                continue;
            covered += term.Weight;
            if (named > 0 || Sentences(doc, term) is not { } sentences)
            {
                placed += term.Weight;
                continue;
            }
            scattered += term.Weight;
            if (!cleared)
            {
                Array.Clear(bySentence, 0, doc.SentenceCount);
                cleared = true;
            }
            foreach (var sentence in sentences)
                together = Math.Max(together, bySentence[sentence] += term.Weight);
        }
        var total = query.TotalWeight;
        return (covered / total, identity / total, (placed + together + ScatteredWeight * (scattered - together)) / total);
    }

    /// <summary>The body sentences that hold the word, or its acronym when the body only ever writes that.</summary>
    private static int[]? Sentences(IndexDocument doc, QueryTerm term)
    {
        if (doc.SentencesByStem.TryGetValue(term.Stem, out var sentences))
            return sentences;
        foreach (var abbreviation in term.Abbreviations)
        {
            if (doc.SentencesByStem.TryGetValue(abbreviation, out sentences))
                return sentences;
        }
        return null;
    }

    /// <summary>The weighted share of the question whose words stand in the document in the question's order.</summary>
    private static double PhraseShare(IndexDocument doc, AnalysedQuery query)
    {
        double matched = 0;
        foreach (var (pair, weight) in query.StemPairs)
        {
            if (doc.StemPairs.Contains(pair))
                matched += weight;
        }
        return Math.Min(1, matched / query.TotalWeight);
    }

    private double NameCompleteness(IndexDocument doc, AnalysedQuery query)
    {
        foreach (var key in query.AcronymKeys)
        {
            if (doc.AcronymKeys.Contains(key))
                return 1;
        }
        double best = 0;
        foreach (var name in _names[doc])
            best = Math.Max(best, name.ShareIn(query.NamingStems));
        return best;
    }

    private WeightedName[] Names(IndexDocument doc) =>
        [Weigh(doc.NameStems), .. doc.AliasStems.Select(Weigh)];

    private WeightedName Weigh(IReadOnlySet<string> stems) =>
        new([.. stems.Select(s => (s, index.Vocabulary.Idf(s)))]);

    /// <summary>A name (or alias) with each stem's idf worked out once, when the ranker is built.</summary>
    private sealed class WeightedName((string Stem, double Weight)[] stems)
    {
        private readonly double _total = stems.Sum(s => s.Weight);

        /// <summary>The idf-weighted share of the name that the question spells out.</summary>
        public double ShareIn(IReadOnlySet<string> question)
        {
            if (_total <= 0)
                return 0;
            double present = 0;
            foreach (var (stem, weight) in stems)
            {
                if (question.Contains(stem))
                    present += weight;
            }
            return present / _total;
        }
    }
}
