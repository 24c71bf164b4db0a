namespace OrientationBot.Knowledge.Units;

/// <summary>A paragraph of repaired guide text with the heading and section it sits under and the unit it belongs to.</summary>
public sealed record Passage(string Heading, string? Section, string Text, string? UnitId)
{
    /// <summary>The <see cref="Section"/> of text copied from the web pages in knowledge/web rather than the e-Guide.</summary>
    public const string WebSection = "web";
}
