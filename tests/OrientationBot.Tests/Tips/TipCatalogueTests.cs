using System.Text.RegularExpressions;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

/// <summary>knowledge/tips.json against the guide it quotes: nothing in a tip that the guide does not say.</summary>
public sealed partial class TipCatalogueTests
{
    private static readonly TipCatalogue Catalogue = TipCatalogue.Load(RepositoryFiles.Knowledge("tips.json"));
    private static readonly string Guide = File.ReadAllText(RepositoryFiles.Knowledge("e-guide.txt"));
    private static readonly string GuideWords = Collapse(Guide);

    public static TheoryData<string> TipIds => [.. Catalogue.Tips.Select(t => t.Id)];

    [Fact]
    public void Catalogue_AsShipped_HasAtLeastSixWeeksOfWorkingDays()
    {
        Assert.True(Catalogue.Tips.Count >= 30, $"{Catalogue.Tips.Count} tips: a six-week programme needs 30");
    }

    [Fact]
    public void Catalogue_AsShipped_RunsFromThePillarThroughTheDepartmentsToTheResources()
    {
        var sections = Catalogue.Tips.Select(t => t.Section).ToList();
        var firstDpo = sections.IndexOf("1.2");
        var firstDppa = sections.IndexOf("1.3");
        var resources = Catalogue.Tips.Select((t, i) => (t.Id, i)).Where(x => x.Id is "staff-directories" or "self-assessments" or "e-guide-feedback").ToList();

        Assert.Equal("1.1", sections[1]);
        Assert.True(firstDpo > 1 && firstDppa > firstDpo, "the Pillar, then DPO, then DPPA");
        Assert.Equal(3, resources.Count);
        Assert.All(resources, r => Assert.True(r.i >= 25, $"{r.Id} belongs in the last week"));
    }

    [Theory]
    [MemberData(nameof(TipIds))]
    public void Tip_QuotedFromTheGuide_QuoteOccursVerbatim(string id)
    {
        var tip = Catalogue.Tips.Single(t => t.Id == id);

        Assert.False(string.IsNullOrWhiteSpace(tip.Quote));
        Assert.Contains(Collapse(tip.Quote), GuideWords);
    }

    [Theory]
    [MemberData(nameof(TipIds))]
    public void Tip_EveryEmailAndUrl_OccursVerbatimInTheGuide(string id)
    {
        var tip = Catalogue.Tips.Single(t => t.Id == id);

        foreach (Match link in Link().Matches(tip.Title + " " + tip.Text + " " + tip.Quote))
            Assert.Contains(link.Value.TrimEnd('.', ','), Guide);
    }

    [Theory]
    [MemberData(nameof(TipIds))]
    public void Tip_Text_IsOneOrTwoSentencesOfCleanEnglish(string id)
    {
        var tip = Catalogue.Tips.Single(t => t.Id == id);

        Assert.InRange(SentenceEnd().Matches(tip.Text).Count, 1, 2);
        // The garbled runs of the PDF extraction are Latin-1 letters and punctuation above U+00BF.
        Assert.All(tip.Title + tip.Text, c => Assert.InRange(c, ' ', '~'));
        Assert.False(string.IsNullOrWhiteSpace(tip.Section));
    }

    [Theory]
    [MemberData(nameof(TipIds))]
    public void Tip_About_NamesAUnitTheGuideNames(string id)
    {
        var tip = Catalogue.Tips.Single(t => t.Id == id);

        if (tip.About is not null)
            Assert.Contains(Collapse(tip.About), GuideWords);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"https?://[^\s,;]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Link();

    [GeneratedRegex(@"[.!?]""?(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
