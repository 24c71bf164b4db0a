using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrientationBot.Protocol.Connector;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>
/// The real Connector client, retries and all, against a Connector that fails (brief §2.4, §2.5): the inbound request
/// is still answered 200, nothing escapes, and an undelivered reply is logged once with the hashed conversation id.
/// </summary>
public sealed class ConnectorFaultTests
{
    [Fact]
    public async Task Reply_ThrottledWithRetryAfterThenAccepted_IsDeliveredOnTheSecondTry()
    {
        var wire = new FakeConnectorWire().Respond(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(2)).Respond(HttpStatusCode.OK);
        using var bot = Bot(wire);

        var (status, _) = await AskAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, wire.Requests.Count);
        Assert.All(wire.Requests, r => Assert.Equal("Bearer bot-token", r.Authorization));
        Assert.Contains(TimeSpan.FromSeconds(2), bot.Time.AutoFired);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId is 3002 or 3003 or 3004);
    }

    /// <summary>A 500 may follow a reply Teams delivered: it is not sent again (a second answer would repeat the first).</summary>
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, 1)]
    [InlineData(HttpStatusCode.Forbidden, 1)]
    [InlineData(HttpStatusCode.TooManyRequests, 3)]
    public async Task Reply_ConnectorRefuses_IsLoggedOnceWithTheConversationHash(HttpStatusCode refusal, int attempts)
    {
        var wire = new FakeConnectorWire().Respond(refusal, """{"error":{"code":"Refused","message":"no"}}""");
        using var bot = Bot(wire);

        var (status, conversationId) = await AskAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(attempts, wire.Requests.Count);
        var failure = Assert.Single(bot.Logs.Entries, e => e.EventId == 3003);
        Assert.Equal(bot.Get<UserIdHasher>().Hash(conversationId), failure.Value("ConversationHash"));
        Assert.Equal(((int)refusal).ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Value("StatusCode"));
        Assert.IsType<ConnectorException>(failure.Exception);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId == 3002);
    }

    [Fact]
    public async Task Reply_ConnectorNeverAnswers_IsGivenUpAfterTheReplyTimeout()
    {
        var wire = new FakeConnectorWire().Hang();
        using var bot = Bot(wire);
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);

        var posting = client.PostActivityAsync(activity);
        await wire.FirstRequest;
        bot.Time.Advance(TimeSpan.FromSeconds(10));
        using var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = Assert.Single(bot.Logs.Entries, e => e.EventId == 3004);
        Assert.Equal(bot.Get<UserIdHasher>().Hash(Fixture.ConversationId(activity)), failure.Value("ConversationHash"));
    }

    [Fact]
    public async Task Turn_FailingInside_IsLoggedOnceWithTheActivityIdAndTheUserGetsTheApology()
    {
        using var bot = new BotFactory { ConfigureServices = services => services.AddSingleton(FailingAnswerer()) };
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = Assert.Single(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Equal(3002, failure.EventId);
        Assert.Equal((string?)activity["id"], failure.Value("ActivityId"));
        Assert.IsType<InvalidOperationException>(failure.Exception);
        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Contains(OrientationBot.Cards.ApologyCard.Message, sent.Activity.Summary);
    }

    [Fact]
    public async Task Invoke_FailingInside_AnswersWithTheApologyCardInTheBody()
    {
        using var bot = new BotFactory { ConfigureServices = services => services.AddSingleton(FailingAnswerer()) };
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["value"]!["action"] = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "Action.Execute", ["verb"] = "ask", ["data"] = new System.Text.Json.Nodes.JsonObject { ["text"] = "what is DPO" },
        };

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(OrientationBot.Cards.ApologyCard.Message, (await response.ReadJsonAsync())["value"]!.ToJsonString());
        Assert.Single(bot.Logs.Entries, e => e.EventId == 3002);
    }

    private static BotFactory Bot(FakeConnectorWire wire) =>
        new() { ConnectorWire = wire, Time = new ManualTimeProvider { AutoFireLimit = TimeSpan.FromSeconds(5) } };

    private static OrientationBot.Knowledge.Answers.IAnswerer FailingAnswerer()
    {
        var answerer = new Moq.Mock<OrientationBot.Knowledge.Answers.IAnswerer>();
        answerer.Setup(a => a.Ask(Moq.It.IsAny<string>())).Throws(new InvalidOperationException("the index is corrupt"));
        return answerer.Object;
    }

    private static async Task<(HttpStatusCode Status, string ConversationId)> AskAsync(BotFactory bot)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        using var response = await client.PostActivityAsync(activity);
        return (response.StatusCode, Fixture.ConversationId(activity));
    }
}
