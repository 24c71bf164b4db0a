using OrientationBot.Knowledge.Guide;
using System.Text.RegularExpressions;
using OrientationBot.Knowledge.TextRepair;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Tests.Units;

public sealed partial class UnitDirectoryTests
{
    private static UnitDirectory Directory => KnowledgeFixture.Directory;

    /// <summary>The DPO branch in full, written by hand from the guide's organigramme list in section 1.2.</summary>
    private const string DpoBranch = """
        Department of Peace Operations
          Office of the Under-Secretary-General
            Gender Unit
            Integrated Assessment and Planning Unit
            Peacekeeping-Intelligence Coordination Team
          Office of Military Affairs
            Current Military Operations Service
            Force Generation Service
            Military Planning Service
            Policy and Doctrine Team
            Assessment Team
            Military Performance Evaluation Taskforce
          Office of Rule of Law and Security Institutions
            Police Division
              Mission Management and Support Section
              Selection and Recruitment Section
              Strategic Policy and Development Section
              Standing Police Capacity
            Justice and Corrections Service
            UN Mine Action Service
            Disarmament, Demobilization and Reintegration Section
            Security Sector Reform Unit
          Office of Peacekeeping Strategic Partnerships
          Policy, Evaluation and Training Division
            Evaluation Team
            Policy and Best Practices Service
              Policy and Planning Team
              Knowledge Management and Guidance Team
              Civil Affairs Team
              Protection of Civilians Team
              Child Protection Team
              Conflict-Related Sexual Violence Team
            Integrated Training Service
              Member States Support Team
              Field Training Support Team
              Leadership, Management and Communications Team
              Training Policy and Standards Team
              Programme Management Team
            Strategic Force Generation and Capability Planning Cell
        """;

    [Fact]
    public void Tree_DpoBranch_MatchesTheGuide()
    {
        var dpo = Directory.Roots.Single(u => u.Name == "Department of Peace Operations");
        var lines = new List<string>();
        void Walk(Unit unit, int depth)
        {
            lines.Add(new string(' ', depth * 2) + unit.Name);
            foreach (var child in Directory.Children(unit))
                Walk(child, depth + 1);
        }

        Walk(dpo, 0);

        var expected = DpoBranch.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        Assert.Equal(expected, lines);
    }

    [Theory]
    [InlineData("Police Division", "PD", "Office of Rule of Law and Security Institutions")]
    [InlineData("Integrated Training Service", "ITS", "Policy, Evaluation and Training Division")]
    [InlineData("Decolonization Unit", "DECOL", "Department of Political and Peacebuilding Affairs")]
    [InlineData("Mediation Support Unit", null, "Policy and Mediation Division")]
    [InlineData("Logistics Division", null, "Office of Supply Chain Management")]
    [InlineData("Western Africa Division", null, "Office of the Assistant Secretary-General for Africa")]
    public void Unit_FromGuide_HasAcronymAndParent(string name, string? acronym, string parent)
    {
        var unit = Directory.Units.Single(u => u.Name == name);

        if (acronym is not null)
            Assert.Contains(acronym, unit.Acronyms);
        Assert.Equal(parent, Directory.Parent(unit)?.Name);
    }

    [Fact]
    public void Units_AboutOneHundredTen_EveryNonRootHasAParent()
    {
        Assert.InRange(Directory.Units.Count, 95, 130);
        Assert.All(Directory.Units.Where(u => u.ParentId is null),
            root => Assert.Contains(root.Kind, new[] { UnitKind.Department, UnitKind.Other }));
        Assert.All(Directory.Units.Where(u => u.ParentId is not null), u => Assert.NotNull(Directory.Parent(u)));
    }

    [Fact]
    public void Units_SharedNames_AreDisambiguatedByParent()
    {
        var names = Directory.Units.Select(Directory.DisplayName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Office of the Under-Secretary-General (DPO)", names);
        Assert.Contains("Office of the Under-Secretary-General (DPPA)", names);
        Assert.Contains("Office of the Under-Secretary-General (DOS)", names);
    }

    [Fact]
    public void Directory_EveryEmailAndUrl_OccursVerbatimInKnowledge()
    {
        var shown = Directory.Units.SelectMany(u => u.Emails.Concat(u.Websites.Select(w => w.Url)))
            .Concat(Directory.GuideEntries.SelectMany(e => e.Emails.Concat(e.Links.Select(l => l.Url))))
            .Append(Directory.FeedbackEmail);

        Assert.All(shown, s => Assert.Contains(s, KnowledgeFixture.AllText));
    }

    [Fact]
    public void Directory_EveryEmailAndUrlOfTheSources_EndsUpInTheDirectory()
    {
        var sources = System.IO.Directory.GetFiles(KnowledgeFixture.Folder, "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        var inSources = sources.SelectMany(t => Url().Matches(t).Select(m => m.Value.TrimEnd(',', '.')))
            .Concat(sources.SelectMany(t => Email().Matches(t).Select(m => m.Value.TrimEnd('.'))))
            .ToHashSet();
        var inDirectory = Directory.Units.SelectMany(u => u.Emails.Concat(u.Websites.Select(w => w.Url)))
            .Concat(Directory.GuideEntries.SelectMany(e => e.Emails.Concat(e.Links.Select(l => l.Url))))
            .ToHashSet();

        Assert.Empty(inSources.Except(inDirectory));
    }

    [Fact]
    public void Directory_AllText_HasNoGarbledCharacter()
    {
        var texts = Directory.Units.SelectMany(u => new[] { u.Name, u.Summary, u.Description }
                .Concat(u.People.Select(p => p.Name + p.Role)).Concat(u.Websites.Select(w => w.Label)))
            .Concat(Directory.Glossary.Select(g => g.Expansion))
            .Concat(Directory.Passages.Select(p => p.Text))
            .Concat(Directory.GuideEntries.Select(e => e.Title + e.Text));

        Assert.All(texts, t => Assert.True(GarbledAlphabet.IsClean(t), t));
    }

    [Theory]
    [InlineData("Integrated Training Service", "peacekeeping-training@un.org")]
    public void Unit_WithEmailInGuide_HasIt(string name, string email)
    {
        Assert.Contains(email, Directory.Units.Single(u => u.Name == name).Emails);
    }

    [Fact]
    public void Units_LinkLabels_AttachToTheUnitTheyName()
    {
        var police = Directory.Units.Single(u => u.Name == "Police Division");
        var oma = Directory.Units.Single(u => u.Name == "Office of Military Affairs");

        Assert.Contains(police.Websites, w => w.Url == "https://peacekeeping.un.org/en/policing");
        Assert.Contains(oma.Websites, w => w.Url == "https://peacekeeping.un.org/en/office-of-military-affairs");
    }

    /// <summary>"… the Gender Parity Team in the Office of the Director for Coordination and Shared Services (ODCSS)".</summary>
    [Fact]
    public void Units_ABodyTheGuidePlacesInsideAUnit_IsAnAliasOfThatUnitOnly()
    {
        var odcss = Directory.Units.Single(u => u.Name == "Office of the Director for Coordination and Shared Services");

        Assert.Contains("Gender Parity Team", odcss.Aliases);
        Assert.DoesNotContain(Directory.Units, u => u != odcss && u.Aliases.Contains("Gender Parity Team"));
        // "the Integrated Assessment and Planning Unit within OUSG-DPO" names a unit the directory knows: no alias.
        Assert.DoesNotContain(Directory.Units, u => u.Aliases.Contains("Planning Unit"));
    }

    /// <summary>"… and the Peacebuilding Support Office, which is the central liaising entity to the other UN pillars."</summary>
    [Fact]
    public void Passages_AUnitDescribedInPassingInASection_GetsThatClause()
    {
        var pbso = Directory.Units.Single(u => u.Name == "Peacebuilding Support Office");

        var passage = Assert.Single(Directory.Passages, p => p.UnitId == pbso.Id && p.Text.Contains("liaising entity", StringComparison.Ordinal));
        Assert.StartsWith("Peacebuilding Support Office, which is", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Departments_NameTheirHeads()
    {
        var dpo = Directory.Units.Single(u => u.Name == "Department of Peace Operations");
        var dppa = Directory.Units.Single(u => u.Name == "Department of Political and Peacebuilding Affairs");

        Assert.Contains(dpo.People, p => p.Name.Contains("Jean-Pierre Lacroix"));
        Assert.Contains(dppa.People, p => p.Name.Contains("Rosemary A. DiCarlo"));
    }

    [Theory]
    [InlineData("MOU", "memoranda of understanding")]
    [InlineData("COE", "contingent-owned equipment")]
    [InlineData("A4P", "Action for Peacekeeping")]
    [InlineData("QIPs", "quick impact projects")]
    [InlineData("SOPs", "standard operating procedures")]
    [InlineData("DPET", "Policy, Evaluation and Training Division")]
    [InlineData("PKI", "peacekeeping-intelligence")]
    [InlineData("C-34", "Special Committee on Peacekeeping")]
    public void Glossary_DefinedAcronym_HasItsExpansion(string acronym, string expansion)
    {
        var entry = Directory.Glossary.Single(g => g.Acronym == acronym);

        Assert.Equal(expansion, entry.Expansion, ignoreCase: true);
    }

    [Fact]
    public void GuideEntries_CoverTheIntroduction()
    {
        var ids = Directory.GuideEntries.Select(e => e.Id).ToList();

        Assert.Contains("e-guide", ids);
        Assert.Contains("staff-directories", ids);
        Assert.Contains("self-assessment", ids);
        Assert.Equal("peacekeeping-training@un.org", Directory.FeedbackEmail);
    }

    /// <summary>
    /// The PDF's "the iSeek staff directory by clicking here" lost its link: the links are labelled by the names the
    /// text gives them, in order, and the text points to them instead of to a dead "clicking here".
    /// </summary>
    [Fact]
    public void GuideEntry_StaffDirectories_LabelsItsLinksByTheNamesTheTextGivesThem()
    {
        var entry = Directory.GuideEntries.Single(e => e.Id == "staff-directories");

        Assert.Equal(["DPPA-DPO staff directory", "iSeek staff directory"], entry.Links.Select(l => l.Label));
        Assert.DoesNotContain("clicking here", entry.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the iSeek staff directory (linked below)", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebPage_Paragraphs_BelongToTheUnitTheyOpenWithAndListsToTheParagraphThatIntroducesThem()
    {
        const string page = """
            Rule of law

            The Office of Rule of Law and Security Institutions brings together the Justice and Corrections Service and others.

            The Disarmament, Demobilization and Reintegration Section helps former combatants to:
              • Hand in their weapons
              • Return to civilian life.

            A closing paragraph that names no unit at all.
            """;
        var parsed = GuideParser.Parse(
            File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, "e-guide.txt")),
            new Dictionary<string, string> { ["page.txt"] = page },
            File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, "overlay.json")));

        string? Owner(string start) => parsed.Passages.Single(p => p.Section == Passage.WebSection && p.Text.StartsWith(start, StringComparison.Ordinal)).UnitId;
        Assert.Equal("office-of-rule-of-law-and-security-institutions", Owner("The Office of Rule of Law"));
        Assert.Equal("disarmament-demobilization-and-reintegration-section", Owner("The Disarmament"));
        Assert.Equal("disarmament-demobilization-and-reintegration-section", Owner("Hand in their weapons"));
        Assert.Equal("disarmament-demobilization-and-reintegration-section", Owner("Return to civilian life."));
        Assert.Null(Owner("A closing paragraph"));
    }

    [GeneratedRegex(@"https?://[^\s,]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
