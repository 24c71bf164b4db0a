using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class UnitsOverviewCardTests
{
    [Fact]
    public void Build_ForTree_ShowsEachRootWithItsDirectChildren()
    {
        var card = UnitsOverviewCard.Build(Tree);

        var ids = CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]);

        Assert.Equal(["dpo", "orolsi", "dpo-ousg", "dppa", "dppa-ousg", "executive-office"], ids);
        Assert.Contains("Department of Peace Operations (DPO)", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForEmptyDirectory_SaysUnitsAreNotLoaded()
    {
        var empty = new UnitDirectory([], [], [], [], FeedbackEmail, "empty");

        var card = UnitsOverviewCard.Build(empty);

        Assert.Contains("not loaded", CardQuery.AllText(card));
        Assert.Empty(CardQuery.OfType(card, "Action.Submit"));
    }

    [Fact]
    public void Build_ForManyOrphanRoots_StaysUnderSizeLimit()
    {
        var units = Enumerable.Range(1, 40)
            .SelectMany(r => Enumerable.Range(1, 40)
                .Select(c => new Unit { Id = $"r{r}c{c}", Name = $"Child {c} of root {r}", ParentId = $"r{r}" })
                .Prepend(new Unit { Id = $"r{r}", Name = $"Root Department Number {r}", ChildIds = [.. Enumerable.Range(1, 40).Select(c => $"r{r}c{c}")] }))
            .ToList();
        var tree = new UnitDirectory(units, [], [], [], FeedbackEmail, "orphans");

        var card = UnitsOverviewCard.Build(tree);

        Assert.True(card.Size < BotCard.MaxBytes, $"{card.Size} bytes");
        Assert.Contains("34 more top-level units not shown.", CardQuery.Texts(card.Content));
    }
}
