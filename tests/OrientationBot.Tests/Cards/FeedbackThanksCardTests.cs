using OrientationBot.Cards;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class FeedbackThanksCardTests
{
    [Fact]
    public void Build_WhenHelpful_JustThanks()
    {
        var card = FeedbackThanksCard.Build(helpful: true, FeedbackEmail);

        var urls = CardQuery.Urls(card);

        Assert.Empty(urls);
        Assert.Contains("Thanks", CardQuery.AllText(card));
    }

    [Fact]
    public void Build_WhenNotHelpful_PointsToTheGuideEditors()
    {
        var card = FeedbackThanksCard.Build(helpful: false, FeedbackEmail);

        var url = Assert.Single(CardQuery.Urls(card));

        Assert.Equal($"mailto:{FeedbackEmail}?subject=e-Guide%20Feedback", url);
        Assert.Contains($"Email: {FeedbackEmail}", CardQuery.Texts(card.Content));
    }
}
