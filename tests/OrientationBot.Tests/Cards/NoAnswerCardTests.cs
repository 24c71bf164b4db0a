using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class NoAnswerCardTests
{
    [Fact]
    public void Build_Always_SaysHonestlyTheGuideDoesNotCoverIt()
    {
        var answer = new NoAnswer("lunch menu", [], FeedbackEmail);

        var card = NoAnswerCard.Build(answer, Tree);

        Assert.Equal("The e-Guide doesn't cover that", CardQuery.Texts(card.Content)[0]);
        Assert.StartsWith("The e-Guide doesn't cover that.", card.FallbackText);
    }

    [Fact]
    public void Build_Always_PrintsFeedbackAddressAsText()
    {
        var answer = new NoAnswer("lunch menu", [], FeedbackEmail);

        var card = NoAnswerCard.Build(answer, Tree);

        Assert.Contains($"Email: {FeedbackEmail}", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_FeedbackLink_CarriesSubjectAndEncodedQuestion()
    {
        var answer = new NoAnswer("Who approves R&R travel? 100% urgent", [], FeedbackEmail);

        var card = NoAnswerCard.Build(answer, Tree);

        var link = Assert.Single(CardQuery.Urls(card));
        Assert.StartsWith($"mailto:{FeedbackEmail}?subject=e-Guide%20Feedback&body=", link);
        Assert.Contains("R%26R%20travel%3F%20100%25%20urgent", link);
        Assert.DoesNotContain(" ", link);
        var body = Uri.UnescapeDataString(link.Split("&body=")[1]);
        Assert.Contains("\"Who approves R&R travel? 100% urgent\"", body);
    }

    [Fact]
    public void Build_WithSuggestions_OffersThemAsOpenUnitButtons()
    {
        var answer = new NoAnswer("traffic police", [PoliceDivision, Orolsi], FeedbackEmail);

        var card = NoAnswerCard.Build(answer, Tree);

        var ids = CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]);
        Assert.Equal(["police-division", "orolsi"], ids);
    }

    [Fact]
    public void Build_WithoutSuggestions_OffersNoUnitButtons()
    {
        var answer = new NoAnswer("lunch menu", [], FeedbackEmail);

        var card = NoAnswerCard.Build(answer, Tree);

        Assert.Empty(CardQuery.Submits(card, CardActions.Verbs.OpenUnit));
    }

    [Fact]
    public void FeedbackLink_ForVeryLongQuestion_CutsItInTheBody()
    {
        var answer = new NoAnswer(new string('x', 5000), [], FeedbackEmail);

        var link = NoAnswerCard.FeedbackLink(answer);

        Assert.NotNull(link);
        Assert.InRange(link.Length, 1, 800);
    }
}
