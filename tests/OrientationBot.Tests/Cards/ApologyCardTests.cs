using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

public sealed class ApologyCardTests
{
    [Fact]
    public void Build_Always_ApologisesBrieflyWithoutDetail()
    {
        var card = ApologyCard.Build();

        var texts = CardQuery.Texts(card.Content);

        Assert.Equal(["Something went wrong on my side, please try again."], texts);
        Assert.Equal(texts[0], card.FallbackText);
    }
}
