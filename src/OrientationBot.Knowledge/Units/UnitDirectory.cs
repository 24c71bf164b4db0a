namespace OrientationBot.Knowledge.Units;

/// <summary>The read-only model of the guide that everything else uses: units, their tree, the glossary, passages and guide-level entries.</summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, Unit> _byId;

    public UnitDirectory(
        IReadOnlyList<Unit> units,
        IReadOnlyList<GlossaryEntry> glossary,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<GuideEntry> guideEntries,
        string feedbackEmail,
        string contentHash)
    {
        Units = units;
        Glossary = glossary;
        Passages = passages;
        GuideEntries = guideEntries;
        FeedbackEmail = feedbackEmail;
        ContentHash = contentHash;
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        Roots = units.Where(u => u.ParentId is null).ToList();
    }

    public IReadOnlyList<Unit> Units { get; }
    public IReadOnlyList<Unit> Roots { get; }
    public IReadOnlyList<GlossaryEntry> Glossary { get; }
    public IReadOnlyList<Passage> Passages { get; }
    public IReadOnlyList<GuideEntry> GuideEntries { get; }

    /// <summary>The address the guide gives for suggestions and corrections ("e-Guide Feedback").</summary>
    public string FeedbackEmail { get; }

    /// <summary>A hash of the knowledge files this directory was built from, for cache keys.</summary>
    public string ContentHash { get; }

    public Unit? Find(string id) => _byId.GetValueOrDefault(id);

    public Unit? Parent(Unit unit) => unit.ParentId is null ? null : Find(unit.ParentId);

    public IReadOnlyList<Unit> Children(Unit unit) => unit.ChildIds.Select(id => _byId[id]).ToList();

    /// <summary>The chain from the root down to the unit's parent (the unit itself excluded).</summary>
    public IReadOnlyList<Unit> Ancestors(Unit unit)
    {
        var chain = new List<Unit>();
        for (var p = Parent(unit); p is not null; p = Parent(p))
            chain.Insert(0, p);
        return chain;
    }

    /// <summary>
    /// The unit's name, qualified by its nearest ancestor's acronym when another unit shares the name
    /// (the guide has an "Office of the Under-Secretary-General" in DPO, DPPA and DOS).
    /// </summary>
    public string DisplayName(Unit unit)
    {
        var shared = Units.Count(u => string.Equals(u.Name, unit.Name, StringComparison.OrdinalIgnoreCase)) > 1;
        if (!shared)
            return unit.Name;
        var parent = Parent(unit);
        var qualifier = parent is null ? null : parent.Acronyms.FirstOrDefault() ?? parent.Name;
        return qualifier is null ? unit.Name : $"{unit.Name} ({qualifier})";
    }

    /// <summary>
    /// The nearest email the guide gives for the unit: its own, else the closest ancestor's; null when neither the unit
    /// nor any unit above it has one. The e-Guide's feedback address is never anyone's contact: it reaches the guide's
    /// editors, who do not handle mine action or IT problems.
    /// </summary>
    public ContactPoint? NearestContact(Unit unit)
    {
        if (unit.Emails.Count > 0)
            return new ContactPoint(unit.Emails[0], DisplayName(unit), IsUnitsOwn: true);
        for (var p = Parent(unit); p is not null; p = Parent(p))
        {
            if (p.Emails.Count > 0)
                return new ContactPoint(p.Emails[0], DisplayName(p), IsUnitsOwn: false);
        }
        return null;
    }

    /// <summary>The guide's page on the staff directories (their links, and who updates them), if it has one.</summary>
    public GuideEntry? StaffDirectories => GuideEntries.FirstOrDefault(e => e.Id == GuideEntry.StaffDirectoriesId);
}
