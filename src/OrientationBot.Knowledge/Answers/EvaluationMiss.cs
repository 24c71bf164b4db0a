namespace OrientationBot.Knowledge.Answers;

/// <summary>A question answered wrongly (or declined wrongly): what was expected, what was shown.</summary>
public sealed record EvaluationMiss(EvaluationQuestion Question, string Shown);
