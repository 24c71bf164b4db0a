using OrientationBot.Knowledge.Answers.Ranking;

namespace OrientationBot.Knowledge.Answers;

/// <summary>The answerer's model and the few settings around it.</summary>
public sealed record AnswerOptions
{
    /// <summary>The fitted weights that rank the candidates and decide whether to answer.</summary>
    public RankingModel Model { get; init; } = RankingModel.Default;

    /// <summary>The fitted model that reads what kind of answer a question wants.</summary>
    public IntentModel Intents { get; init; } = IntentModel.Default;

    /// <summary>Units scoring within this fraction of the best are offered as "did you mean".</summary>
    public double AlternativeRatio { get; init; } = 0.85;

    /// <summary>A declined question's suggestions: units it names in part, or that reach this confidence.</summary>
    public double SuggestionConfidence { get; init; } = 0.4;

    /// <summary>At most this many alternatives follow the answer.</summary>
    public int MaxAlternatives { get; init; } = 2;
}
