using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class TipProgrammeTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void Preview_TenWorkingDaysFromAMonday_SkipsTheWeekendAndKeepsTheCatalogueOrder()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(30)), units: null);

        var preview = programme.Preview(10, Monday);

        Assert.Equal(Enumerable.Range(1, 10), preview.Select(d => d.Day));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"tip-{i:00}"), preview.Select(d => d.Tip.Id));
        Assert.Equal([Monday, Monday.AddDays(4), Monday.AddDays(7), Monday.AddDays(11)],
            new[] { 0, 4, 5, 9 }.Select(i => preview[i].Date));
    }

    [Fact]
    public void Preview_StartingOnASaturday_BeginsOnTheMonday()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(3)), units: null);

        var preview = programme.Preview(2, Monday.AddDays(-2));

        Assert.Equal([Monday, Monday.AddDays(1)], preview.Select(d => d.Date));
    }

    [Fact]
    public void Preview_OfTheShippedCatalogue_OpensWithTheGuideAndThePillar()
    {
        var programme = new TipProgramme(TipCatalogue.Load(RepositoryFiles.Knowledge("tips.json")), units: null);

        var preview = programme.Preview(10, Monday);

        Assert.Equal(10, preview.Count);
        Assert.Equal("e-guide-purpose", preview[0].Tip.Id);
        Assert.Equal(["Introduction", "1.1", "1.1", "1.1", "1.1"], preview.Take(5).Select(d => d.Tip.Section));
    }

    [Fact]
    public void Preview_WhenCuratedTipsRunOut_ContinuesWithUnitsOfTheDayNotCoveredAlready()
    {
        var curated = new Tip("police", "Police", "About the police.", "Police Division", "1.2.1", "q");
        var programme = new TipProgramme(new TipCatalogue([curated]), SmallDirectory());

        var preview = programme.Preview(10, Monday);

        Assert.Equal(["police", "unit-of-the-day:dpo", "unit-of-the-day:orolsi", "unit-of-the-day:jcs"], preview.Select(d => d.Tip.Id));
        Assert.Equal("pd", preview[0].Tip.UnitId);
        Assert.Equal("Unit of the day: Office of Rule of Law and Security Institutions", preview[2].Tip.Title);
        Assert.Equal("e-Guide, section 1.2.1: Justice and Corrections Service", preview[3].Tip.Quote);
    }

    [Fact]
    public void Next_AfterUnitsWereSentOutOfOrder_NeverRepeatsAUnit()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(1)), SmallDirectory());
        var ledger = new List<TipDelivery>
        {
            Delivery(0, "tip-01"),
            Delivery(1, "unit-of-the-day:orolsi"),
        };

        var next = programme.Next(ledger);

        Assert.Equal((2, "unit-of-the-day:dpo"), (next?.Sequence, next?.Tip.Id));
    }

    [Fact]
    public void Next_WithAGapLeftByAReleasedClaim_FillsTheGapFirst()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(5)), units: null);

        var next = programme.Next([Delivery(0, "tip-01"), Delivery(2, "tip-03")]);

        Assert.Equal((1, "tip-02"), (next?.Sequence, next?.Tip.Id));
    }

    [Fact]
    public void Next_WhenEverythingWasSent_ReturnsNull()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(1)), units: null);

        Assert.Null(programme.Next([Delivery(0, "tip-01")]));
    }

    [Fact]
    public void TipCatalogue_WithAnEmptyQuote_IsRejectedNamingTheTip()
    {
        var tips = new[] { new Tip("no-quote", "Title", "Text.", null, "1.1", " ") };

        var error = Assert.Throws<InvalidDataException>(() => new TipCatalogue(tips));

        Assert.Contains("'no-quote' has no quote", error.Message);
    }

    /// <summary>The last tip says the programme is complete, so the daily tips do not just stop without a word.</summary>
    [Fact]
    public void Marked_TheLastTipOfTheProgramme_ClosesItAndItsCardSaysSo()
    {
        var programme = new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(3)), units: null);
        var ledger = new[] { Delivery(0, "tip-01"), Delivery(1, "tip-02") };
        var (sequence, last) = programme.Next(ledger)!.Value;

        var marked = programme.Marked(ledger, sequence, last);
        var earlier = programme.Marked([Delivery(0, "tip-01")], 1, programme.Next([Delivery(0, "tip-01")])!.Value.Tip);

        Assert.True(marked.ClosesTheProgramme);
        Assert.False(earlier.ClosesTheProgramme);
        var card = OrientationBot.Cards.TipCard.Build(marked.Title, marked.Text, null, marked.Section, new TimeOnly(9, 0), last: true);
        Assert.Contains(OrientationBot.Cards.TipCard.LastTipNote, card.Content.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(card.Content["actions"]);
    }

    private static TipDelivery Delivery(int sequence, string tipId) =>
        new("u1", sequence, tipId, DeliveryKind.Daily, Monday.AddDays(sequence), DeliveryState.Sent, DateTimeOffset.UnixEpoch);

    /// <summary>A hand-made corner of DPO: the parser that fills the real directory is written elsewhere.</summary>
    internal static UnitDirectory SmallDirectory()
    {
        Unit[] units =
        [
            new() { Id = "dpo", Name = "Department of Peace Operations", Acronyms = ["DPO"], Kind = UnitKind.Department, ChildIds = ["orolsi"], Summary = "DPO directs UN peacekeeping operations.", Section = "1.2" },
            new() { Id = "orolsi", Name = "Office of Rule of Law and Security Institutions", Acronyms = ["OROLSI"], Kind = UnitKind.Office, ParentId = "dpo", ChildIds = ["pd", "jcs", "ssru"], Summary = "OROLSI supports rule of law and security institutions.", Section = "1.2.1" },
            new() { Id = "pd", Name = "Police Division", Acronyms = ["PD"], Kind = UnitKind.Division, ParentId = "orolsi", Summary = "The Police Division is led by the UN Police Adviser.", Section = "1.2.1" },
            new() { Id = "jcs", Name = "Justice and Corrections Service", Acronyms = ["JCS"], Kind = UnitKind.Service, ParentId = "orolsi", Summary = "JCS supports justice and corrections components.", Section = "1.2.1" },
            new() { Id = "ssru", Name = "Security Sector Reform Unit", Kind = UnitKind.Unit, ParentId = "orolsi", Summary = "", Section = "1.2.1" },
        ];
        return new UnitDirectory(units, [], [], [], "peacekeeping-training@un.org", "test");
    }
}
