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
    public double TotalWeight { get; } = Terms.Sum(t => t.Weight);

    /// <summary>The question's stems as a set, for testing whole-phrase containment.</summary>
    public IReadOnlySet<string> StemSet { get; } = Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The stems the question names things with: its own, and the words of the glossary acronyms it uses that name no
    /// unit ("the ASG for Africa" spells out most of "Office of the Assistant Secretary-General for Africa"; "DPET"
    /// names its division, not every unit with "training" in its name).
    /// </summary>
    public IReadOnlySet<string> NamingStems { get => _naming ?? StemSet; init => _naming = value; }

    private readonly IReadOnlySet<string>? _naming;

    /// <summary>Neighbouring terms as <see cref="IndexDocument.StemPairs"/> spells them, each with the weight it carries.</summary>
    public IReadOnlyList<(string Pair, double Weight)> StemPairs { get; } =
        [.. Terms.Zip(Terms.Skip(1), (a, b) => (DocumentBuilder.StemPair(a.Stem, b.Stem), (a.Weight + b.Weight) / 2))];
}
