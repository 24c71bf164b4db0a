namespace OrientationBot.Knowledge.Search;

/// <summary>A question as the ranker sees it: normalised text, weighted content terms, the stems to search for, the acronyms it names.</summary>
public sealed record AnalysedQuery(
    string Question,
    string Normalised,
    IReadOnlyList<QueryTerm> Terms,
    IReadOnlyCollection<string> SearchStems,
    IReadOnlyList<string> AcronymKeys)
{
    /// <summary>The summed weight of the terms: the denominator of every coverage measure.</summary>
    public double TotalWeight { get; } = WeightOf(Terms);

    /// <summary>
    /// The question's stems as a set, for testing whole-phrase containment. The analyser hands over the set it built
    /// while reading the question; otherwise it is worked out from <see cref="Terms"/> on first use (two threads that
    /// race to do so build equal sets).
    /// </summary>
    public IReadOnlySet<string> StemSet { get => _stems ??= StemsOf(Terms); init => _stems = value; }

    private IReadOnlySet<string>? _stems;

    /// <summary>
    /// The stems the question names things with: its own, and the words of the glossary acronyms it uses that name no
    /// unit ("the ASG for Africa" spells out most of "Office of the Assistant Secretary-General for Africa"; "DPET"
    /// names its division, not every unit with "training" in its name).
    /// </summary>
    public IReadOnlySet<string> NamingStems { get => _naming ?? StemSet; init => _naming = value; }

    private readonly IReadOnlySet<string>? _naming;

    /// <summary>Neighbouring terms as <see cref="IndexDocument.StemPairs"/> spells them, each with the weight it carries.</summary>
    public IReadOnlyList<(string Pair, double Weight)> StemPairs { get; } = PairsOf(Terms);

    private static double WeightOf(IReadOnlyList<QueryTerm> terms)
    {
        double total = 0;
        for (var i = 0; i < terms.Count; i++)
            total += terms[i].Weight;
        return total;
    }

    private static HashSet<string> StemsOf(IReadOnlyList<QueryTerm> terms)
    {
        var stems = new HashSet<string>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
            stems.Add(terms[i].Stem);
        return stems;
    }

    private static (string Pair, double Weight)[] PairsOf(IReadOnlyList<QueryTerm> terms)
    {
        if (terms.Count < 2)
            return [];
        var pairs = new (string Pair, double Weight)[terms.Count - 1];
        for (var i = 1; i < terms.Count; i++)
            pairs[i - 1] = (DocumentBuilder.StemPair(terms[i - 1].Stem, terms[i].Stem), (terms[i - 1].Weight + terms[i].Weight) / 2);
        return pairs;
    }
}
