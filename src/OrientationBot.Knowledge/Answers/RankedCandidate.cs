using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers;

/// <summary>A document scored against a question, with the evidence behind the score.</summary>
/// <param name="Score">What the ranking sorts by.</param>
/// <param name="Coverage">Share (by weight) of the question's words the document mentions anywhere: the basis of confidence.</param>
/// <param name="Identity">Share of the question explained by the document's own name, acronyms and aliases (ancestors count half).</param>
/// <param name="NameCompleteness">Share of the document's name (or one alias or acronym) that the question spells out.</param>
/// <param name="Focus">
/// Like <paramref name="Coverage"/>, but the words that do not name the document (or its ancestors) count in full only
/// where they meet in one sentence, and a quarter elsewhere: a long text mentions most words somewhere, a unit that does
/// what is asked says so in one go.
/// </param>
public sealed record RankedCandidate(IndexDocument Document, double Score, double Coverage, double Identity, double NameCompleteness, double Focus)
{
    /// <summary>The <see cref="Ranking.RankingFeature"/>s <see cref="Score"/> weighs, by index.</summary>
    public IReadOnlyList<double> Features { get; init; } = [];

    /// <summary>
    /// How sure the answer is, 0 to 1: the share of the question the document accounts for, raised when the
    /// question spells out the document's own name or acronym (then the unknown words around it matter less).
    /// </summary>
    public double Confidence => Math.Max(Focus, 0.4 * Focus + 0.6 * NameCompleteness);

    /// <summary>The question spells out the document's whole name, an alias or an acronym (allowing for rounding).</summary>
    public bool IsNamedInFull => NameCompleteness >= Whole;

    /// <summary>The document mentions every word of the question (allowing for rounding).</summary>
    public bool CoversWholeQuestion => Coverage >= Whole;

    private const double Whole = 0.999;
}
