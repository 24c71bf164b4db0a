namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// What the answer-or-decline decision knows about the chosen candidate and the question, each from 0 to 1: the inputs of
/// <see cref="DecisionModel"/>'s logistic regression. Their names are the keys of ranking-model.json.
/// </summary>
public static class DecisionFeature
{
    /// <summary><see cref="RankingFeature.Focus"/> of the candidate; for a procedure question, the only evidence a unit has.</summary>
    public const int Focus = 0;

    /// <summary><see cref="RankingFeature.Completeness"/> of the candidate; 0 for a procedure question.</summary>
    public const int Completeness = 1;

    public const int Coverage = 2;

    public const int Identity = 3;

    /// <summary>The largest coverage of any candidate: how much of the question the guide knows at all.</summary>
    public const int KnownShare = 4;

    /// <summary>How far the candidate's score stands above the next one's, as a share of its own.</summary>
    public const int Margin = 5;

    /// <summary>1 for a question about a procedure or a rule ("how do I…", "can I…").</summary>
    public const int Procedure = 6;

    /// <summary>Content words in the question, over 8 (capped at 1): one word is a name, eight are a story.</summary>
    public const int Length = 7;

    /// <summary>1 when a word of the question had to be corrected to a word of the guide.</summary>
    public const int Corrected = 8;

    /// <summary>
    /// The larger of focus and a blend of focus and completeness (<see cref="RankedCandidate.Confidence"/>): a question that
    /// spells out a name needs less of its other words explained. A linear model cannot make this "or" itself.
    /// </summary>
    public const int NamedOrFocused = 9;

    /// <summary>1 when the question asks for an email, a website, a person or what a unit contains, and the candidate has none.</summary>
    public const int FactMissing = 10;

    /// <summary>
    /// The weight of the rarest question word the candidate does not mention, over the rarest word's of the question: a
    /// specific word left unexplained ("floor", "salary") says the guide does not answer; a common one ("days") says little.
    /// </summary>
    public const int Unexplained = 11;

    /// <summary>The candidate's ranking score s as s / (1 + s): how strongly it matches, not only how far ahead it is.</summary>
    public const int Strength = 12;

    /// <summary>1 for a "who handles…" question: a topic in the newcomer's words, matched by a unit's prose.</summary>
    public const int AsksWhoHandles = 13;

    /// <summary>1 for a question about the tree (what a unit contains, what it is part of).</summary>
    public const int AsksStructure = 14;

    /// <summary>1 for a question about what a unit does.</summary>
    public const int AsksAbout = 15;

    /// <summary>
    /// 1 when the question asks for a detail of a unit (<see cref="FactAsked.IsDetail"/>: a date, a figure, a place, a phone
    /// number, a room, an amount of money) and no sentence of the candidate's text states one of that kind.
    /// </summary>
    public const int DetailMissing = 16;

    public static IReadOnlyList<string> Names { get; } =
        ["focus", "completeness", "coverage", "identity", "knownShare", "margin", "procedure", "length", "corrected", "namedOrFocused",
            "factMissing", "unexplained", "strength", "asksWhoHandles", "asksStructure", "asksAbout", "detailMissing"];
}
