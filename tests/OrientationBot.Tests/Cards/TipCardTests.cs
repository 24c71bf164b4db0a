using OrientationBot.Cards;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class TipCardTests
{
    [Fact]
    public void Build_Always_OffersNextPauseAndChangeTime()
    {
        var card = TipCard.Build("Title", "Text.", null, "1.2", new TimeOnly(8, 30));

        var titles = card.Content["actions"]!.AsArray().Select(a => (string?)a!["title"]);

        Assert.Equal(["Next tip", "Pause tips", "Change time"], titles);
        Assert.Single(CardQuery.Submits(card, CardActions.Verbs.NextTip));
        Assert.Single(CardQuery.Submits(card, CardActions.Verbs.TipsOff));
        Assert.Single(CardQuery.Submits(card, CardActions.Verbs.ChangeTime));
    }

    [Fact]
    public void Build_WithTipTime_PresetsTheTimeInput()
    {
        var card = TipCard.Build("Title", "Text.", null, null, new TimeOnly(8, 30));

        var time = Assert.Single(CardQuery.OfType(card, "Input.Time"));

        Assert.Equal(CardActions.Fields.TipTime, (string?)time["id"]);
        Assert.Equal("08:30", (string?)time["value"]);
    }

    [Fact]
    public void Build_AboutUnit_OffersOpenUnitButton()
    {
        var card = TipCard.Build("Title", "Text.", Orolsi, "1.2", new TimeOnly(9, 0));

        var open = Assert.Single(CardQuery.Submits(card, CardActions.Verbs.OpenUnit));

        Assert.Equal("orolsi", (string?)open["unitId"]);
        Assert.Contains("Source: e-Guide, section 1.2", CardQuery.Texts(card.Content));
    }
}
