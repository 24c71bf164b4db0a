using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.TextRepair;

namespace OrientationBot.Knowledge.Tests.Units;

/// <summary>
/// Every capitalised token the sources put in brackets, "Long Form (ACR)", is something the bot can answer "what is
/// ACR" about: a glossary acronym, a unit's acronym or alias, or, where it is no name at all, listed in
/// knowledge/overlay.json's notAcronyms with the reason. A new edition that defines a term the finder cannot read fails here.
/// </summary>
public sealed partial class GlossaryCoverageTests
{
    [Fact]
    public void EveryBracketedCapitalisedToken_IsAnsweredOrListedAsNoAcronym()
    {
        var directory = KnowledgeFixture.Directory;
        var overlay = OverlayFile.Parse(File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, "overlay.json")));
        var known = new HashSet<string>(StringComparer.Ordinal);
        known.UnionWith(directory.Glossary.Select(e => e.Acronym));
        known.UnionWith(directory.Units.SelectMany(u => u.Acronyms.Concat(u.Aliases)));
        known.UnionWith(overlay.NotAcronyms.Select(n => n.Text));

        var missing = Sources().SelectMany(text => Bracketed().Matches(text)).Select(m => m.Groups["token"].Value)
            .Where(token => !known.Contains(token) && !known.Contains(token.TrimEnd('s')))
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Bracketed tokens the bot cannot answer: " + string.Join(", ", missing));
    }

    [Fact]
    public void NotAcronyms_EachOccurInTheSourcesWithAReason()
    {
        var overlay = OverlayFile.Parse(File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, "overlay.json")));

        Assert.All(overlay.NotAcronyms, entry =>
        {
            Assert.Contains(Sources(), text => text.Contains("(" + entry.Text + ")", StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        });
    }

    [Fact]
    public void OverlayTerm_IsInTheGlossaryWithItsUnit()
    {
        var entry = Assert.Single(KnowledgeFixture.Directory.Glossary, e => e.Acronym == "XB");

        Assert.Equal("Extra-Budgetary", entry.Expansion);
        Assert.Equal("office-of-rule-of-law-and-security-institutions", entry.UnitId);
    }

    /// <summary>The repaired e-Guide and web pages, as the bot reads them.</summary>
    private static IEnumerable<string> Sources() =>
        System.IO.Directory.GetFiles(KnowledgeFixture.Folder, "*.txt", SearchOption.AllDirectories)
            .Select(file => TextRepairChain.Repair(File.ReadAllText(file)));

    // A capital and then another capital or a digit ("(U2)"), so "(Annex)" or "(Word)" are not taken for acronyms.
    [GeneratedRegex(@"\((?<token>[A-Z][A-Za-z0-9/&\-]*[A-Z0-9][A-Za-z0-9/&\-]*)\)")]
    private static partial Regex Bracketed();
}
