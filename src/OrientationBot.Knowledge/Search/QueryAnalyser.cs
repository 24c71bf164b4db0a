using System.Collections.Concurrent;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>Question → <see cref="AnalysedQuery"/>: normalise, spot acronyms, correct spelling, stem, expand acronyms both ways.</summary>
public sealed class QueryAnalyser
{
    /// <summary>A corrected word is weaker evidence than one typed right: the correction may be wrong.</summary>
    private const double CorrectedWeight = 0.8;

    /// <summary>Questions can bring any number of unknown words; past this many, words' terms are not kept.</summary>
    private const int MaxRememberedWords = 20_000;

    private readonly IndexVocabulary _vocabulary;
    private readonly AcronymExpander _acronyms;
    private readonly SpellingCorrector _corrector;

    // A word's terms depend only on the word and the index, and most questions reuse the guide's words: each word
    // is corrected, stemmed and weighed once. Terms are immutable, so questions on any thread can share them.
    private readonly ConcurrentDictionary<string, QueryTerm[]> _termsByWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QueryTerm[]>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;

    public QueryAnalyser(UnitDirectory directory, IndexVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _vocabulary = vocabulary;
        _acronyms = new AcronymExpander(directory);
        _corrector = new SpellingCorrector(vocabulary);
        _termsBySpan = _termsByWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AnalysedQuery Analyse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalised = QueryNormaliser.Normalise(question);
        var acronymByWord = AcronymsByWord(question);
        var terms = new List<QueryTerm>();
        var acronymKeys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in normalised.AsSpan().Split(' '))
        {
            var word = normalised.AsSpan(range);
            if (word.IsEmpty)
                continue;
            if (acronymByWord is not null && acronymByWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var key))
            {
                if (acronymKeys.Contains(key))
                    continue;
                acronymKeys.Add(key);
                var stem = key.ToLowerInvariant();
                if (seen.Add(stem))
                    terms.Add(new QueryTerm(word.ToString(), stem, key, _acronyms.Expand(key), _vocabulary.Idf(stem), false));
                continue;
            }
            foreach (var term in TermsOf(word))
            {
                if (term.AcronymKey is { } corrected && !acronymKeys.Contains(corrected))
                    acronymKeys.Add(corrected);
                if (seen.Add(term.Stem))
                    terms.Add(term);
            }
        }

        var spelledOut = _acronyms.Abbreviate(seen);
        var search = acronymKeys.Count == 0 && spelledOut.Count == 0 ? seen : SearchStems(seen, terms, spelledOut);
        if (spelledOut.Count > 0)
            terms = [.. terms.Select(t => WithAbbreviations(t, spelledOut))];
        return WithNamingStems(new AnalysedQuery(question, normalised, terms, search, acronymKeys) { StemSet = seen });
    }

    /// <summary>
    /// The acronyms among the question's tokens as typed, by the normalised words they became ("UNPOL's" → "unpol"), or
    /// null when there are none; an acronym inside a hyphenated or slashed token counts too ("DPO-led").
    /// </summary>
    private Dictionary<string, string>? AcronymsByWord(string question)
    {
        Dictionary<string, string>? acronymByWord = null;
        foreach (var raw in QueryNormaliser.EnumerateRawTokens(question))
        {
            if (_acronyms.Spot(raw) is { } key)
            {
                foreach (var word in TextTokens.Words(raw.ToString()))
                    (acronymByWord ??= new(StringComparer.Ordinal)).TryAdd(word, key);
                continue;
            }
            if (raw.IndexOfAny('-', '/') < 0)
                continue;
            foreach (var range in raw.SplitAny('-', '/'))
            {
                var part = raw[range];
                if (_acronyms.Spot(part) is { } partKey)
                    (acronymByWord ??= new(StringComparer.Ordinal)).TryAdd(part.ToString().ToLowerInvariant(), partKey);
            }
        }
        return acronymByWord;
    }

    /// <summary>The content terms of a normalised word that is no acronym: none for a stop word, two for a split ("eguide").</summary>
    private QueryTerm[] TermsOf(ReadOnlySpan<char> word)
    {
        if (_termsBySpan.TryGetValue(word, out var known))
            return known;
        var text = word.ToString();
        var terms = Weigh(text);
        if (_termsByWord.Count < MaxRememberedWords)
            _termsByWord.TryAdd(text, terms);
        return terms;
    }

    private QueryTerm[] Weigh(string word)
    {
        if (StopWords.Contains(word))
            return [];
        var corrected = _corrector.Correct(word);
        // "orosli", "dpett": a misspelt acronym names its unit as the acronym would, with a corrected word's weight.
        if (corrected is not null && !corrected.Contains(' ', StringComparison.Ordinal) && _acronyms.Spot(corrected) is { } key)
            return [new QueryTerm(corrected, key.ToLowerInvariant(), key, _acronyms.Expand(key), _vocabulary.Idf(key.ToLowerInvariant()) * CorrectedWeight, true)];
        var terms = new List<QueryTerm>();
        foreach (var part in (corrected ?? word).Split(' '))
        {
            if (StopWords.Contains(part))
                continue;
            var stem = Stemmer.Stem(part);
            if (StopWords.Contains(part, stem))
                continue;
            var weight = _vocabulary.Idf(stem) * (corrected is null ? 1 : CorrectedWeight);
            terms.Add(new QueryTerm(part, stem, null, [], weight, corrected is not null));
        }
        return [.. terms];
    }

    /// <summary>What to ask the index for: the question's stems, its acronyms' expansions and the acronyms of what it spells out.</summary>
    private static HashSet<string> SearchStems(HashSet<string> stems, List<QueryTerm> terms, IReadOnlyList<(string Key, IReadOnlySet<string> Stems)> spelledOut)
    {
        var search = new HashSet<string>(stems, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var expansion in term.Expansions)
                search.UnionWith(expansion);
            if (term.AcronymKey is not null)
                search.Add(Stemmer.Stem(term.AcronymKey.ToLowerInvariant()));
        }
        foreach (var (key, _) in spelledOut)
            search.Add(key.ToLowerInvariant());
        return search;
    }

    /// <summary>See <see cref="AnalysedQuery.NamingStems"/>: the question's stems plus its glossary-only acronyms' words.</summary>
    private AnalysedQuery WithNamingStems(AnalysedQuery query)
    {
        HashSet<string>? naming = null;
        foreach (var term in query.Terms)
        {
            if (term.AcronymKey is not { } key || _acronyms.NamesAUnit(key))
                continue;
            naming ??= new HashSet<string>(query.StemSet, StringComparer.Ordinal);
            foreach (var expansion in term.Expansions)
                naming.UnionWith(expansion);
        }
        return naming is null ? query : query with { NamingStems = naming };
    }

    private static QueryTerm WithAbbreviations(QueryTerm term, IReadOnlyList<(string Key, IReadOnlySet<string> Stems)> spelledOut)
    {
        if (term.AcronymKey is not null)
            return term;
        var abbreviations = spelledOut.Where(s => s.Stems.Contains(term.Stem)).Select(s => s.Key.ToLowerInvariant()).Distinct().ToList();
        return abbreviations.Count == 0 ? term : term with { Abbreviations = abbreviations };
    }
}
