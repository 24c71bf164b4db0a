using System.Buffers;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Ranks the index's hits by what the directory knows: a question that spells out a unit's name or
/// acronym points at that unit far more than one that shares words with its prose; the ancestors'
/// names place a unit ("the SSR unit in OROLSI"); bm25 over the weighted fields breaks the rest. Each of these is a
/// <see cref="RankingFeature"/>; how much each counts is the <see cref="RankingModel"/>'s, fitted on question sets.
/// </summary>
public sealed class UnitRanker
{
    private const int Retrieved = 40;

    /// <summary>How much a topic word counts towards <see cref="RankedCandidate.Focus"/> when it stands apart from the others.</summary>
    private const double ScatteredWeight = 0.25;

    private readonly IUnitIndex index;

    private readonly RankingModel _model;

    /// <summary>Which documents hold each stem, so a question's words are looked up once, not once per hit.</summary>
    private readonly StemOccurrences _occurrences;

    /// <summary>Each document's name and aliases, weighed once, by document number.</summary>
    private readonly WeightedName[][] _names;

    /// <summary>Every stem of a name or alias, numbered: a question's names are then marked in a table, not looked up in a set per hit.</summary>
    private readonly Dictionary<string, int> _nameStems = new(StringComparer.Ordinal);

    /// <summary>The most sentences any document has: the size of the scratch space for <see cref="RankedCandidate.Focus"/>.</summary>
    private readonly int _maxSentences;

    public UnitRanker(IUnitIndex index, RankingModel model)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        this.index = index;
        _model = model;
        _maxSentences = index.Documents.Count == 0 ? 0 : index.Documents.Max(d => d.SentenceCount);
        _occurrences = new StemOccurrences(index.Documents);
        _names = [.. index.Documents.Select(Names)]; // numbers the name stems as it goes
    }

    public IReadOnlyList<RankedCandidate> Rank(AnalysedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = index.Search(query.SearchStems, Retrieved);
        if (hits.Count == 0 || query.TotalWeight <= 0)
            return [];
        var best = hits.Max(h => h.Score);
        var question = new QuestionPresence(query, _occurrences);
        var ranked = new List<RankedCandidate>(hits.Count);
        var bySentence = ArrayPool<double>.Shared.Rent(_maxSentences);
        var naming = ArrayPool<bool>.Shared.Rent(_nameStems.Count);
        try
        {
            MarkNamingStems(query, naming);
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                var doc = hit.Document;
                var number = _occurrences.NumberOf(doc);
                var (coverage, identityShare, focus) = Measure(doc, number, query, question, bySentence);
                var completeness = NameCompleteness(number, question, naming);
                var features = new double[RankingFeature.Names.Count];
                features[RankingFeature.Identity] = identityShare;
                features[RankingFeature.Completeness] = completeness;
                features[RankingFeature.Coverage] = coverage;
                features[RankingFeature.Focus] = focus;
                features[RankingFeature.Bm25] = best > 0 ? hit.Score / best : 0;
                features[RankingFeature.Phrase] = PhraseShare(number, query, question);
                features[RankingFeature.GuideEntry] = doc.Kind == DocumentKind.Guide ? 1 : 0;
                features[RankingFeature.GlossaryTerm] = doc.Kind == DocumentKind.Glossary ? 1 : 0;
                ranked.Add(new RankedCandidate(doc, _model.Score(features), coverage, identityShare, completeness, focus) { Features = features });
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(bySentence);
            ArrayPool<bool>.Shared.Return(naming);
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>
    /// In one pass over the question's terms: the share the document mentions anywhere, the share its own names
    /// explain, and its <see cref="RankedCandidate.Focus"/> (<paramref name="bySentence"/> is scratch space).
    /// </summary>
    private static (double Coverage, double Identity, double Focus) Measure(IndexDocument doc, int number, AnalysedQuery query,
        QuestionPresence question, double[] bySentence)
    {
        double covered = 0, identity = 0, placed = 0, scattered = 0, together = 0;
        var cleared = false;
        for (var t = 0; t < query.Terms.Count; t++)
        {
            var term = query.Terms[t];
            var presence = question.Terms[t];
            var named = presence.IdentityIn(number);
            identity += term.Weight * named;
            if (!presence.IsIn(number))
                continue;
            covered += term.Weight;
            if (named > 0 || question.Sentences(t, number) is not { } sentences)
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

    /// <summary>The weighted share of the question whose words stand in the document in the question's order.</summary>
    private static double PhraseShare(int number, AnalysedQuery query, QuestionPresence question)
    {
        double matched = 0;
        for (var i = 0; i < query.StemPairs.Count; i++)
        {
            if (question.Pairs[i].Contains(number))
                matched += query.StemPairs[i].Weight;
        }
        return Math.Min(1, matched / query.TotalWeight);
    }

    /// <param name="naming">Which of <see cref="_nameStems"/> are among the question's <see cref="AnalysedQuery.NamingStems"/>.</param>
    private double NameCompleteness(int number, QuestionPresence question, bool[] naming)
    {
        if (question.NamedByAcronym.Contains(number))
            return 1;
        double best = 0;
        foreach (var name in _names[number])
            best = Math.Max(best, name.ShareIn(naming));
        return best;
    }

    /// <summary>Marks, in <paramref name="naming"/>, the name stems that are among the question's <see cref="AnalysedQuery.NamingStems"/>.</summary>
    private void MarkNamingStems(AnalysedQuery query, bool[] naming)
    {
        Array.Clear(naming, 0, _nameStems.Count);
        foreach (var stem in query.NamingStems)
        {
            if (_nameStems.TryGetValue(stem, out var number))
                naming[number] = true;
        }
    }

    /// <summary>Where the question's words, word pairs and acronyms are in the index, worked out once for all its hits.</summary>
    private sealed class QuestionPresence
    {
        /// <summary>For each term, where its stem occurs, then its abbreviations (see <see cref="QueryTerm.Abbreviations"/>).</summary>
        private readonly StemHolders[][] _bodies;

        public QuestionPresence(AnalysedQuery query, StemOccurrences occurrences)
        {
            Terms = new TermPresence[query.Terms.Count];
            _bodies = new StemHolders[query.Terms.Count][];
            for (var i = 0; i < Terms.Length; i++)
            {
                var term = query.Terms[i];
                Terms[i] = term.PresenceIn(occurrences);
                _bodies[i] = [occurrences.Of(term.Stem), .. term.Abbreviations.Select(occurrences.Of)];
            }
            Pairs = new DocumentSet[query.StemPairs.Count];
            for (var i = 0; i < Pairs.Length; i++)
                Pairs[i] = occurrences.WithStemPair(query.StemPairs[i].Pair);
            var namedByAcronym = occurrences.None;
            for (var i = 0; i < query.AcronymKeys.Count; i++)
                namedByAcronym = namedByAcronym.Union(occurrences.Of(query.AcronymKeys[i]).WithAcronymKey);
            NamedByAcronym = namedByAcronym;
        }

        /// <summary>Each of <see cref="AnalysedQuery.Terms"/>, in order.</summary>
        public TermPresence[] Terms { get; }

        /// <summary>The documents that hold each of <see cref="AnalysedQuery.StemPairs"/>, in order.</summary>
        public DocumentSet[] Pairs { get; }

        /// <summary>The documents that answer to one of the acronyms the question names.</summary>
        public DocumentSet NamedByAcronym { get; }

        /// <summary>The body sentences of the document that hold the term's word, or its acronym when the body only ever writes that.</summary>
        public int[]? Sentences(int term, int document)
        {
            foreach (var holders in _bodies[term])
            {
                if (holders.SentencesIn(document) is { } sentences)
                    return sentences;
            }
            return null;
        }
    }

    private WeightedName[] Names(IndexDocument doc) =>
        [Weigh(doc.NameStems), .. doc.AliasStems.Select(Weigh)];

    private WeightedName Weigh(IReadOnlySet<string> stems) =>
        new([.. stems.Select(s => (NameStemNumber(s), index.Vocabulary.Idf(s)))]);

    private int NameStemNumber(string stem)
    {
        if (!_nameStems.TryGetValue(stem, out var number))
            _nameStems[stem] = number = _nameStems.Count;
        return number;
    }

    /// <summary>A name (or alias) with each stem's idf worked out once, when the ranker is built.</summary>
    /// <param name="stems">Each stem by its number in <see cref="_nameStems"/>, with its idf.</param>
    private sealed class WeightedName((int Stem, double Weight)[] stems)
    {
        private readonly double _total = stems.Sum(s => s.Weight);

        /// <summary>The idf-weighted share of the name that the question spells out (<paramref name="naming"/>: see <see cref="NameCompleteness"/>).</summary>
        public double ShareIn(bool[] naming)
        {
            if (_total <= 0)
                return 0;
            double present = 0;
            foreach (var (stem, weight) in stems)
            {
                if (naming[stem])
                    present += weight;
            }
            return present / _total;
        }
    }
}
