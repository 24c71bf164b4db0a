namespace OrientationBot.Storage;

/// <summary>What a user wrote with a "not helpful" vote, with the question and unit it was about; no one's identity.</summary>
internal sealed record FeedbackComment(DateTimeOffset At, string Question, string? UnitId, bool Helpful, string Comment);
