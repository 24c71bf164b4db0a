namespace OrientationBot.Storage;

/// <summary>A normalised question (lower case, single spaces) and how many times it went unanswered.</summary>
internal sealed record QuestionCount(string Question, int Count);
