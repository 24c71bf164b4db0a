namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// What the ranker knows about a candidate, each a number from 0 to 1: the features a <see cref="RankingModel"/> weighs.
/// Their names are the keys of ranking-model.json.
/// </summary>
public static class RankingFeature
{
    /// <summary>Share of the question explained by the document's own name, acronyms and aliases (ancestors count half).</summary>
    public const int Identity = 0;

    /// <summary>Share of the document's name (or one alias or acronym) that the question spells out.</summary>
    public const int Completeness = 1;

    /// <summary>Share of the question's words the document mentions anywhere.</summary>
    public const int Coverage = 2;

    /// <summary>Like coverage, but words that do not name the document count in full only where they meet in one sentence.</summary>
    public const int Focus = 3;

    /// <summary>The search engine's BM25 score over the boosted fields, as a share of the best hit's.</summary>
    public const int Bm25 = 4;

    /// <summary>Share of the question whose neighbouring words stand next to each other in the document.</summary>
    public const int Phrase = 5;

    /// <summary>1 for an entry about the guide itself (the staff directories, the self-assessment).</summary>
    public const int GuideEntry = 6;

    /// <summary>1 for a glossary term that names no unit.</summary>
    public const int GlossaryTerm = 7;

    /// <summary>1 when the unit has what the question asks for: an email, a website, a person, units inside it.</summary>
    public const int OffersFact = 8;

    public static IReadOnlyList<string> Names { get; } =
        ["identity", "completeness", "coverage", "focus", "bm25", "phrase", "guideEntry", "glossaryTerm", "offersFact"];
}
