namespace OrientationBot.Knowledge.Answers;

/// <summary>The answerer's thresholds, fixed by the evaluation over the question set.</summary>
public sealed record AnswerOptions
{
    /// <summary>Below this confidence (see <see cref="RankedCandidate.Confidence"/>) of the best document, the bot declines.</summary>
    public double MinimumConfidence { get; init; } = 0.45;

    /// <summary>Units scoring within this fraction of the best are offered as "did you mean".</summary>
    public double AlternativeRatio { get; init; } = 0.85;

    /// <summary>When the best document is below the confidence threshold, a confident one this far down may answer instead…</summary>
    public int RunnerUpWindow { get; init; } = 3;

    /// <summary>…if it scores at least this fraction of the best.</summary>
    public double RunnerUpRatio { get; init; } = 0.8;

    /// <summary>A declined question's suggestions: units it names in part, or that reach this confidence.</summary>
    public double SuggestionConfidence { get; init; } = 0.4;

    /// <summary>At most this many alternatives follow the answer.</summary>
    public int MaxAlternatives { get; init; } = 2;
}
