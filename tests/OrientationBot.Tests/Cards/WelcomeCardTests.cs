using OrientationBot.Cards;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public void Build_Always_OffersFourExampleQuestionsAsAskButtons()
    {
        var card = WelcomeCard.Build(Tree);

        var asked = CardQuery.Submits(card, CardActions.Verbs.Ask).Select(d => (string?)d["text"]);

        Assert.Equal(ExampleQuestions.All, asked);
        Assert.Equal(4, ExampleQuestions.All.Count);
    }

    [Fact]
    public void Build_Always_OffersDailyTipWithTimeDefaultingToNine()
    {
        var card = WelcomeCard.Build(Tree);

        var time = Assert.Single(CardQuery.OfType(card, "Input.Time"));

        Assert.Equal(CardActions.Fields.TipTime, (string?)time["id"]);
        Assert.Equal("09:00", (string?)time["value"]);
        var subscribe = Assert.Single(CardQuery.OfType(card, "Action.Submit"), a => (string?)a["data"]!["verb"] == CardActions.Verbs.TipsOn);
        Assert.Equal("Send me a daily tip", (string?)subscribe["title"]);
    }

    [Fact]
    public void Build_Always_SaysWhyItArrivesAndHowToOptOut()
    {
        var card = WelcomeCard.Build(Tree);

        var text = CardQuery.AllText(card);

        Assert.Contains("because OrientationBot was added to this chat", text);
        Assert.Contains("tips off", text);
        Assert.Contains("DPO, DPPA and the parts of DOS", text);
    }

    /// <summary>In a group chat or a team the bot refuses tips, so the card does not offer the personal time picker there.</summary>
    [Fact]
    public void Build_ForAGroupChat_PointsToThePersonalChatInsteadOfOfferingTips()
    {
        var card = WelcomeCard.Build(Tree, personal: false);

        Assert.Empty(CardQuery.OfType(card, "Input.Time"));
        Assert.Empty(CardQuery.Submits(card, CardActions.Verbs.TipsOn));
        Assert.Contains(CardQuery.Texts(card.Content), t => t.Contains("personal chat", StringComparison.Ordinal));
    }
}
