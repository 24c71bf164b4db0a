namespace OrientationBot.Knowledge.Units;

/// <summary>One department, office, division, service, section, unit, team, branch, cell or taskforce the guide names.</summary>
public sealed record Unit
{
    /// <summary>Stable identifier (a slug, unique in the directory), used in card actions and URLs.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the guide writes it, e.g. "Police Division".</summary>
    public required string Name { get; init; }

    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public UnitKind Kind { get; init; }

    public string? ParentId { get; init; }

    public IReadOnlyList<string> ChildIds { get; init; } = [];

    /// <summary>One or two sentences a newcomer can read at a glance; empty when the guide says nothing beyond the name.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Everything the guide says about the unit, repaired and joined into paragraphs.</summary>
    public string Description { get; init; } = "";

    public IReadOnlyList<WebLink> Websites { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The guide section the unit appears in, e.g. "1.2".</summary>
    public string? Section { get; init; }

    /// <summary>Pointers the guide gives to other parts of itself, e.g. "Module 2-Section 2.2.5".</summary>
    public IReadOnlyList<string> CrossReferences { get; init; } = [];

    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>Other names the curated overlay records for the unit, each backed by the guide.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool HasDescription => Description.Length > 0;
}
