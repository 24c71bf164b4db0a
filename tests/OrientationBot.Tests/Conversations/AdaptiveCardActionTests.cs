using System.Net;
using System.Text.Json.Nodes;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>Universal Actions (<c>adaptiveCard/action</c>, brief §4.1): the same verbs as Action.Submit, answered in the HTTP response.</summary>
public sealed class AdaptiveCardActionTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task AdaptiveCardAction_OpenUnit_AnswersWithTheUnitsCardInTheBody()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Contains("Office of Rule of Law and Security Institutions", card.ToJsonString());
        Assert.Equal("", await CardValidator.ProblemsAsync([card]));
        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task AdaptiveCardAction_SubmitDataWithVerbInside_IsHandledToo()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["data"] = new JsonObject { ["verb"] = "feedback", ["helpful"] = true, ["question"] = "q" },
        };

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("glad that helped", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task AdaptiveCardAction_Subscribe_AnswersWithAMessage()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["value"]!["action"]!["verb"] = "tipsOn";

        var (_, body) = await InvokeAsync(activity);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("08:30", (string?)body["value"]);
    }

    [Fact]
    public async Task AdaptiveCardAction_ValueMissing_Returns400WithAnErrorBody()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity.Remove("value");

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task AdaptiveCardAction_ActionSubmitType_Returns400NotSupported()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["value"]!["action"]!["type"] = "Action.Submit";

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task AdaptiveCardAction_UnknownVerb_Returns400BadRequest()
    {
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["value"]!["action"]!["verb"] = "unitDetails";

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    private async Task<(HttpStatusCode, JsonObject)> InvokeAsync(JsonObject activity, bool expectBody = true)
    {
        using var client = bot.CreateTeamsClient();
        return await client.InvokeAsync(activity, expectBody);
    }
}
