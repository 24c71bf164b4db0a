using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>Question → <see cref="AnalysedQuery"/>: normalise, spot acronyms, correct spelling, stem, expand acronyms both ways.</summary>
public sealed class QueryAnalyser
{
    /// <summary>A corrected word is weaker evidence than one typed right: the correction may be wrong.</summary>
    private const double CorrectedWeight = 0.8;

    private readonly IndexVocabulary _vocabulary;
    private readonly AcronymExpander _acronyms;
    private readonly SpellingCorrector _corrector;

    public QueryAnalyser(UnitDirectory directory, IndexVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _vocabulary = vocabulary;
        _acronyms = new AcronymExpander(directory);
        _corrector = new SpellingCorrector(vocabulary);
    }

    public AnalysedQuery Analyse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalised = QueryNormaliser.Normalise(question);
        var acronymByWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in QueryNormaliser.RawTokens(question))
        {
            if (_acronyms.Spot(raw) is { } key)
            {
                foreach (var word in TextTokens.Words(raw))
                    acronymByWord.TryAdd(word, key);
                continue;
            }
            foreach (var part in raw.Split('-', '/'))
            {
                if (part.Length < raw.Length && _acronyms.Spot(part) is { } partKey)
                    acronymByWord.TryAdd(part.ToLowerInvariant(), partKey);
            }
        }

        var terms = new List<QueryTerm>();
        var acronymKeys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (acronymByWord.TryGetValue(word, out var key))
            {
                if (acronymKeys.Contains(key))
                    continue;
                acronymKeys.Add(key);
                var stem = key.ToLowerInvariant();
                if (seen.Add(stem))
                    terms.Add(new QueryTerm(word, stem, key, _acronyms.Expand(key), _vocabulary.Idf(stem), false));
                continue;
            }
            if (StopWords.Contains(word))
                continue;
            var corrected = _corrector.Correct(word);
            foreach (var part in (corrected ?? word).Split(' '))
            {
                if (StopWords.Contains(part))
                    continue;
                var stem = Stemmer.Stem(part);
                if (StopWords.Contains(part, stem) || !seen.Add(stem))
                    continue;
                var weight = _vocabulary.Idf(stem) * (corrected is null ? 1 : CorrectedWeight);
                terms.Add(new QueryTerm(part, stem, null, [], weight, corrected is not null));
            }
        }

        var search = new HashSet<string>(seen, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var expansion in term.Expansions)
                search.UnionWith(expansion);
            if (term.AcronymKey is not null)
                search.Add(Stemmer.Stem(term.AcronymKey.ToLowerInvariant()));
        }
        var spelledOut = _acronyms.Abbreviate(seen).ToList();
        foreach (var (key, _) in spelledOut)
            search.Add(key.ToLowerInvariant());
        if (spelledOut.Count > 0)
            terms = [.. terms.Select(t => WithAbbreviations(t, spelledOut))];
        return WithNamingStems(new AnalysedQuery(question, normalised, terms, search, acronymKeys));
    }

    /// <summary>See <see cref="AnalysedQuery.NamingStems"/>: the question's stems plus its glossary-only acronyms' words.</summary>
    private AnalysedQuery WithNamingStems(AnalysedQuery query)
    {
        var glossaryOnly = query.Terms.Where(t => t.AcronymKey is { } key && !_acronyms.NamesAUnit(key)).ToList();
        if (glossaryOnly.Count == 0)
            return query;
        var naming = new HashSet<string>(query.StemSet, StringComparer.Ordinal);
        foreach (var term in glossaryOnly)
            naming.UnionWith(term.Expansions.SelectMany(e => e));
        return query with { NamingStems = naming };
    }

    private static QueryTerm WithAbbreviations(QueryTerm term, List<(string Key, IReadOnlySet<string> Stems)> spelledOut)
    {
        if (term.AcronymKey is not null)
            return term;
        var abbreviations = spelledOut.Where(s => s.Stems.Contains(term.Stem)).Select(s => s.Key.ToLowerInvariant()).Distinct().ToList();
        return abbreviations.Count == 0 ? term : term with { Abbreviations = abbreviations };
    }
}
