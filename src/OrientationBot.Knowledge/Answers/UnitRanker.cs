using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Ranks the index's hits by what the directory knows: a question that spells out a unit's name or
/// acronym points at that unit far more than one that shares words with its prose; the ancestors'
/// names place a unit ("the SSR unit in OROLSI"); bm25 over the weighted columns breaks the rest.
/// </summary>
public sealed class UnitRanker(IUnitIndex index)
{
    private const int Retrieved = 40;
    private const double IdentityWeight = 1.0;
    private const double CompletenessWeight = 0.5;
    private const double CoverageWeight = 0.7;
    private const double Bm25Weight = 0.3;

    public IReadOnlyList<RankedCandidate> Rank(AnalysedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = index.Search(query.SearchStems, Retrieved);
        if (hits.Count == 0 || query.TotalWeight <= 0)
            return [];
        var best = hits.Max(h => h.Score);
        var ranked = new List<RankedCandidate>(hits.Count);
        foreach (var hit in hits)
        {
            var doc = hit.Document;
            double covered = 0, identity = 0;
            foreach (var term in query.Terms)
            {
                if (term.IsIn(doc))
                    covered += term.Weight;
                identity += term.Weight * term.IdentityIn(doc);
            }
            var coverage = covered / query.TotalWeight;
            var identityShare = identity / query.TotalWeight;
            var completeness = NameCompleteness(doc, query);
            var score = IdentityWeight * identityShare + CompletenessWeight * completeness
                + CoverageWeight * coverage + Bm25Weight * (best > 0 ? hit.Score / best : 0);
            ranked.Add(new RankedCandidate(doc, score, coverage, identityShare, completeness));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    private double NameCompleteness(IndexDocument doc, AnalysedQuery query)
    {
        foreach (var key in query.AcronymKeys)
        {
            if (doc.AcronymKeys.Contains(key))
                return 1;
        }
        var best = Completeness(doc.NameStems, query.StemSet);
        foreach (var alias in doc.AliasStems)
            best = Math.Max(best, Completeness(alias, query.StemSet));
        return best;
    }

    private double Completeness(IReadOnlySet<string> name, IReadOnlySet<string> question)
    {
        double total = 0, present = 0;
        foreach (var stem in name)
        {
            var weight = index.Vocabulary.Idf(stem);
            total += weight;
            if (question.Contains(stem))
                present += weight;
        }
        return total > 0 ? present / total : 0;
    }
}
