namespace OrientationBot.Knowledge.Units;

/// <summary>A paragraph of repaired guide text with the heading and section it sits under and the unit it belongs to.</summary>
public sealed record Passage(string Heading, string? Section, string Text, string? UnitId);
