namespace OrientationBot.Tips;

/// <summary>
/// One onboarding tip: a curated one from knowledge/tips.json, or a "unit of the day" written from the unit directory.
/// </summary>
/// <param name="About">The unit the tip is about, named as the guide writes it; null for Pillar-wide tips.</param>
/// <param name="Section">The guide section the tip draws on, e.g. "1.2.1" or "Introduction".</param>
/// <param name="Quote">The guide's own words (or, for a unit of the day, a reference to them) that back the tip.</param>
internal sealed record Tip(string Id, string Title, string Text, string? About, string Section, string Quote)
{
    /// <summary>The directory unit the tip is about, when it could be matched; lets a card link to the unit.</summary>
    public string? UnitId { get; init; }

    /// <summary>Whether no tip comes after this one: its card tells the user the programme is complete.</summary>
    public bool ClosesTheProgramme { get; init; }
}
