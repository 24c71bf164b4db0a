namespace OrientationBot.Storage;

/// <summary>Feedback on answers about one unit: how many distinct users voted each way.</summary>
internal sealed record UnitFeedbackCount(string UnitId, int NotHelpful, int Helpful);
