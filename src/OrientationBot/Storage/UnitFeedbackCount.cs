namespace OrientationBot.Storage;

/// <summary>Feedback votes on answers about one unit.</summary>
internal sealed record UnitFeedbackCount(string UnitId, int NotHelpful, int Helpful);
