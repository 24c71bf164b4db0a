namespace OrientationBot.Knowledge.Units;

/// <summary>
/// Something the guide offers that belongs to no single unit: the e-Guide itself, its feedback address,
/// the staff directories, the self-assessments on Inspira.
/// </summary>
public sealed record GuideEntry
{
    /// <summary>The id of the introduction's page on the staff directories (the slug of its heading).</summary>
    public const string StaffDirectoriesId = "staff-directories";

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<WebLink> Links { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];
    public string? Section { get; init; }
}
