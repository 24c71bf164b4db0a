using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class StructureCardTests
{
    [Fact]
    public void Build_ForChildren_OffersEachChildAsButtonInOrder()
    {
        var answer = new StructureAnswer("what is in OROLSI", QuestionIntent.Children, Orolsi, Tree.Children(Orolsi));

        var card = StructureCard.Build(answer, Tree);

        var ids = CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]);
        Assert.Equal(["police-division", "jcs", "orolsi"], ids);
        Assert.Contains("The Office of Rule of Law and Security Institutions (OROLSI) includes 2 units:", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForUnitWithoutChildren_SaysTheGuideListsNone()
    {
        var answer = new StructureAnswer("what is in PD", QuestionIntent.Children, PoliceDivision, []);

        var card = StructureCard.Build(answer, Tree);

        Assert.Contains("The e-Guide lists no units within the Police Division (PD).", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForParent_ShowsChainFromRootAndButtonsNearestFirst()
    {
        var answer = new StructureAnswer("what is PD part of", QuestionIntent.Parent, PoliceDivision, Tree.Ancestors(PoliceDivision));

        var card = StructureCard.Build(answer, Tree);

        Assert.Contains(
            "Department of Peace Operations › Office of Rule of Law and Security Institutions › Police Division",
            CardQuery.AllText(card));
        Assert.Contains(CardQuery.Texts(card.Content), t => t.StartsWith("The Police Division (PD) is part of the Office of Rule of Law and Security Institutions (OROLSI):", StringComparison.Ordinal));
        var ids = CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]);
        Assert.Equal(["orolsi", "dpo", "police-division"], ids);
    }

    [Fact]
    public void Build_ForRootParent_SaysItIsAtTheTop()
    {
        var answer = new StructureAnswer("what is DPO part of", QuestionIntent.Parent, Dpo, []);

        var card = StructureCard.Build(answer, Tree);

        Assert.Contains("The Department of Peace Operations (DPO) is at the top of the e-Guide's structure.", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForHundredChildren_CapsButtonsAndStaysUnderSizeLimit()
    {
        var children = Enumerable.Range(1, 100).Select(i => new Unit { Id = $"c{i}", Name = $"Child Section Number {i}", ParentId = "p" }).ToList();
        var parent = new Unit { Id = "p", Name = "Parent Office", ChildIds = [.. children.Select(c => c.Id)] };
        var tree = new UnitDirectory([parent, .. children], [], [], [], FeedbackEmail, "wide");
        var answer = new StructureAnswer("what is in it", QuestionIntent.Children, parent, children);

        var card = StructureCard.Build(answer, tree);

        Assert.Equal(25, CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Count);
        Assert.Contains("The Parent Office includes 100 units; the first 24 are shown:", CardQuery.Texts(card.Content));
        Assert.True(card.Size < BotCard.MaxBytes / 2, $"{card.Size} bytes");
    }
}
