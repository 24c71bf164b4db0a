using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("units")]
    [InlineData("tip")]
    [InlineData("tips on")]
    [InlineData("tips off")]
    [InlineData("tips at 8:30")]
    [InlineData("start date YYYY-MM-DD")]
    public void Build_Always_ListsCommand(string command)
    {
        var card = HelpCard.Build();

        var facts = CardQuery.Texts(card.Content);

        Assert.Contains(facts, f => f.StartsWith(command + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Always_OffersExampleQuestionsAndBrowsing()
    {
        var card = HelpCard.Build();

        var asked = CardQuery.Submits(card, CardActions.Verbs.Ask).Select(d => (string?)d["text"]);

        Assert.Equal(ExampleQuestions.All, asked);
        Assert.Single(CardQuery.Submits(card, CardActions.Verbs.Units));
    }
}
