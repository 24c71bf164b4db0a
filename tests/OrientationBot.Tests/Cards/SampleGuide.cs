using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Tests.Cards;

/// <summary>
/// A small hand-made slice of the guide's tree (the parser is not needed to test cards): DPO → OROLSI → Police Division,
/// a unit with its own email and a child without one, units with and without websites, and a name two units share.
/// Addresses and links are ones the e-Guide gives.
/// </summary>
internal static class SampleGuide
{
    public const string FeedbackEmail = "peacekeeping-training@un.org";

    public static readonly Unit Dpo = new()
    {
        Id = "dpo",
        Name = "Department of Peace Operations",
        Acronyms = ["DPO"],
        Kind = UnitKind.Department,
        ChildIds = ["orolsi", "dpo-ousg"],
        Summary = "Provides political and executive direction to UN peacekeeping operations.",
        Websites = [new WebLink("DPO website", "https://peacekeeping.un.org/en/department-of-peace-operations")],
        Section = "1.2",
        People = [new Person("Mr. Jean-Pierre Lacroix", "Under-Secretary-General for Peace Operations")],
    };

    public static readonly Unit Orolsi = new()
    {
        Id = "orolsi",
        Name = "Office of Rule of Law and Security Institutions",
        Acronyms = ["OROLSI"],
        Kind = UnitKind.Office,
        ParentId = "dpo",
        ChildIds = ["police-division", "jcs"],
        Summary = "Provides operational and advisory support on rule of law and security institutions.",
        Description =
            "The Office of Rule of Law and Security Institutions (OROLSI), led by an ASG, provides operational and advisory support.\n\n" +
            "As a specialized capacity, OROLSI serves as a UN system-wide service provider for mission and non-mission settings.",
        Websites = [new WebLink("OROLSI", "https://peacekeeping.un.org/en/office-of-rule-of-law-and-security-institutions")],
        Section = "1.2",
        CrossReferences = ["Module 2-Section 2.2.5"],
    };

    public static readonly Unit PoliceDivision = new()
    {
        Id = "police-division",
        Name = "Police Division",
        Acronyms = ["PD"],
        Kind = UnitKind.Division,
        ParentId = "orolsi",
        Summary = "Supports the police components of peace operations.",
        Section = "1.2",
    };

    public static readonly Unit JusticeAndCorrections = new()
    {
        Id = "jcs",
        Name = "Justice and Corrections Service",
        Kind = UnitKind.Service,
        ParentId = "orolsi",
        Websites = [new WebLink("Justice and corrections", "https://peacekeeping.un.org/en/justice-and-corrections")],
    };

    public static readonly Unit DpoOffice = new()
    {
        Id = "dpo-ousg",
        Name = "Office of the Under-Secretary-General",
        Kind = UnitKind.Office,
        ParentId = "dpo",
    };

    public static readonly Unit Dppa = new()
    {
        Id = "dppa",
        Name = "Department of Political and Peacebuilding Affairs",
        Acronyms = ["DPPA"],
        Kind = UnitKind.Department,
        ChildIds = ["dppa-ousg", "executive-office"],
        Websites = [new WebLink("DPPA website", "https://dppa.un.org/en")],
        Section = "1.1",
    };

    public static readonly Unit DppaOffice = new()
    {
        Id = "dppa-ousg",
        Name = "Office of the Under-Secretary-General",
        Kind = UnitKind.Office,
        ParentId = "dppa",
    };

    public static readonly Unit ExecutiveOffice = new()
    {
        Id = "executive-office",
        Name = "Executive Office",
        Acronyms = ["EO"],
        Kind = UnitKind.Office,
        ParentId = "dppa",
        ChildIds = ["hr-section"],
        Emails = ["dppa-dpo-admin@un.org"],
        Summary = "Administers the DPPA-DPO staff directory.",
        Section = "Introduction",
    };

    public static readonly Unit HumanResources = new()
    {
        Id = "hr-section",
        Name = "Human Resources Section",
        Kind = UnitKind.Section,
        ParentId = "executive-office",
    };

    public static readonly GlossaryEntry DppaAcronym = new("DPPA", "Department of Political and Peacebuilding Affairs", "1.1", "dppa");

    public static readonly GlossaryEntry SeaAcronym = new("SEA", "sexual exploitation and abuse", "1.2", null);

    public static readonly GuideEntry DirectoryEntry = new()
    {
        Id = GuideEntry.StaffDirectoriesId,
        Title = "Updating your directory entry",
        Text = "To update your DPPA-DPO directory entry, email dppa-dpo-admin@un.org; and to update your iSeek directory entry, email telephone-changes@un.org.",
        Links = [new WebLink("DPPA-DPO staff list", "https://iseek.un.org/system/files/dppadpo_staffd_list_organizational.pdf")],
        Emails = ["dppa-dpo-admin@un.org", "telephone-changes@un.org"],
        Section = "Introduction",
    };

    public static UnitDirectory Tree { get; } = new(
        [Dpo, Orolsi, PoliceDivision, JusticeAndCorrections, DpoOffice, Dppa, DppaOffice, ExecutiveOffice, HumanResources],
        [DppaAcronym, SeaAcronym],
        [],
        [DirectoryEntry],
        FeedbackEmail,
        "test");

    /// <summary>Every URL and address above, for "cards invent nothing" checks.</summary>
    public static IReadOnlySet<string> KnownUrlsAndEmails { get; } = Tree.Units
        .SelectMany(u => u.Websites.Select(w => w.Url).Concat(u.Emails))
        .Concat(DirectoryEntry.Links.Select(l => l.Url))
        .Concat(DirectoryEntry.Emails)
        .Append(FeedbackEmail)
        .ToHashSet(StringComparer.Ordinal);

    public static UnitAnswer Answer(Unit unit, QuestionIntent intent = QuestionIntent.About, params Unit[] alternatives) =>
        new($"what is {unit.Name}?", intent, unit, 0.9, alternatives, Tree.NearestContact(unit));
}
