using System.Text.Json.Nodes;
using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

/// <summary>Rules every card keeps, checked over every card kind and variation.</summary>
public sealed class CardInvariantTests
{
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_IsAdaptiveCardVersion15(string name)
    {
        var card = CardCatalog.Build(name);

        var content = card.Content;

        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        Assert.Equal("1.5", (string?)content["version"]);
        Assert.NotEmpty(content["body"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_CarriesFallbackText(string name)
    {
        var card = CardCatalog.Build(name);

        var rootFallback = (string?)card.Content["fallbackText"];

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.Equal(card.FallbackText, rootFallback);
        Assert.DoesNotContain("**", card.FallbackText);
    }

    /// <summary>Screen readers jump between headings and announce the card's speak text.</summary>
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_SpeaksItsFirstLineAndMarksLargeTitlesAsHeadings(string name)
    {
        var card = CardCatalog.Build(name);

        var speak = (string?)card.Content["speak"];

        Assert.False(string.IsNullOrWhiteSpace(speak));
        Assert.StartsWith(speak!.TrimEnd('\u2026'), card.FallbackText.Trim(), StringComparison.Ordinal);
        Assert.All(CardQuery.OfType(card, "TextBlock").Where(b => (string?)b["size"] == "Large"), b => Assert.Equal("heading", (string?)b["style"]));
    }

    /// <summary>Unit lists are rows that wrap, never buttons, whose titles Teams would cut.</summary>
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_OpensUnitsFromRowsRatherThanButtons(string name)
    {
        var card = CardCatalog.Build(name);

        var buttons = CardQuery.OfType(card, "ActionSet").SelectMany(s => s["actions"]!.AsArray()).OfType<JsonObject>();

        Assert.DoesNotContain(buttons, a => (string?)a["type"] == "Action.Submit"
            && (string?)CardQuery.SubmitData(a)["verb"] is CardActions.Verbs.OpenUnit or CardActions.Verbs.Ask);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_StaysWellUnderSizeLimit(string name)
    {
        var card = CardCatalog.Build(name);

        var size = card.Size;

        Assert.True(size < BotCard.MaxBytes / 2, $"{name} is {size} bytes");
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_WrapsTextAndHasNoEmptyElements(string name)
    {
        var card = CardCatalog.Build(name);

        var blocks = CardQuery.OfType(card, "TextBlock").ToList();

        Assert.All(blocks, b => Assert.False(string.IsNullOrWhiteSpace((string?)b["text"])));
        Assert.All(blocks, b => Assert.True((bool?)b["wrap"]));
        Assert.All(CardQuery.OfType(card, "ActionSet"), s => Assert.InRange(s["actions"]!.AsArray().Count, 1, 6));
        Assert.All(CardQuery.OfType(card, "Container"), c => Assert.NotEmpty(c["items"]!.AsArray()));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_Always_LinksOnlyUrlsAndAddressesFromTheModel(string name)
    {
        var card = CardCatalog.Build(name);

        var targets = CardQuery.Urls(card).Select(u => u.StartsWith("mailto:", StringComparison.Ordinal) ? u[7..].Split('?')[0] : u);

        Assert.All(targets, t => Assert.Contains(t, SampleGuide.KnownUrlsAndEmails));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_EverySubmitAsTeamsSendsIt_ParsesAsCardAction(string name)
    {
        var card = CardCatalog.Build(name);
        var submits = CardQuery.OfType(card, "Action.Submit").Select(CardQuery.SubmitData).ToList();

        // Teams adds each input's value under the input's id (protocol brief §4.2).
        var parsed = submits.Select(data =>
        {
            var value = (JsonObject)data.DeepClone();
            value[CardActions.Fields.TipTime] = "08:30";
            value[CardActions.Fields.Comment] = "";
            return CardAction.TryParse(System.Text.Json.JsonSerializer.SerializeToElement(value), out _);
        });

        Assert.All(parsed, Assert.True);
    }

    [Fact]
    public void ToAttachment_AnyCard_WrapsContentWithAdaptiveContentType()
    {
        var card = ApologyCard.Build();

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.True(JsonNode.DeepEquals(card.Content, attachment["content"]));
        Assert.NotSame(card.Content, attachment["content"]);
    }
}
