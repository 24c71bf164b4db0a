using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class GlossaryCardTests
{
    [Fact]
    public void Build_ForAcronymNamingUnit_ExpandsItAndOffersOpenUnit()
    {
        var answer = new GlossaryAnswer("what is DPPA", DppaAcronym, Dppa);

        var card = GlossaryCard.Build(answer, Tree);

        Assert.Contains("**DPPA** stands for **Department of Political and Peacebuilding Affairs**.", CardQuery.Texts(card.Content));
        var open = Assert.Single(CardQuery.Submits(card, CardActions.Verbs.OpenUnit));
        Assert.Equal("dppa", (string?)open["unitId"]);
    }

    [Fact]
    public void Build_ForAcronymThatIsNoUnit_OffersNoOpenUnit()
    {
        var answer = new GlossaryAnswer("what is SEA", SeaAcronym, null);

        var card = GlossaryCard.Build(answer, Tree);

        Assert.Contains("**SEA** stands for **sexual exploitation and abuse**.", CardQuery.Texts(card.Content));
        Assert.Empty(CardQuery.Submits(card, CardActions.Verbs.OpenUnit));
    }

    [Fact]
    public void Build_Always_SaysWhereTheGuideDefinesIt()
    {
        var answer = new GlossaryAnswer("what is SEA", SeaAcronym, null);

        var card = GlossaryCard.Build(answer, Tree);

        Assert.Contains("Source: e-Guide, section 1.2", CardQuery.Texts(card.Content));
        Assert.Equal("SEA stands for sexual exploitation and abuse. Source: e-Guide, section 1.2", card.FallbackText);
    }

    [Fact]
    public void Build_AcronymDefinedOnAWebPage_NamesTheWebPagesAsItsSource()
    {
        var answer = new GlossaryAnswer("cljas?", SeaAcronym with { Section = Passage.WebSection }, null);

        var card = GlossaryCard.Build(answer, Tree);

        Assert.Contains("Source: UN peacekeeping web pages", CardQuery.Texts(card.Content));
    }
}
