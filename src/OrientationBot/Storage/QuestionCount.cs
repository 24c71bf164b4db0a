namespace OrientationBot.Storage;

/// <summary>A normalised question (lower case, single spaces) and how many distinct users it went unanswered for.</summary>
internal sealed record QuestionCount(string Question, int Count);
