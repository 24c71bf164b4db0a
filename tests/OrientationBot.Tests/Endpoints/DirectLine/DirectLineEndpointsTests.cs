using System.Net;
using System.Text.Json.Nodes;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints.DirectLine;

/// <summary>The Direct Line 3.0 stand-in, through its real HTTP endpoints, as Web Chat drives it when it polls.</summary>
public sealed class DirectLineEndpointsTests : IDisposable
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    private readonly BotFactory bot = new() { LocalMode = true };

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Start_InLocalMode_Returns201WithATokenAndTheWelcomeCardOnTheFirstRead()
    {
        var directLine = new DirectLineClient(bot.CreateClient());

        using var started = await directLine.StartAsync();
        var (activities, watermark) = await directLine.ReadAsync();

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.NotEmpty(directLine.Token);
        var welcome = Assert.Single(activities)!;
        Assert.Equal(AdaptiveCard, (string?)welcome["attachments"]![0]!["contentType"]);
        Assert.Contains("Welcome to OrientationBot", welcome["attachments"]![0]!["content"]!.ToJsonString());
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Equal(directLine.ConversationId, (string?)welcome["conversation"]!["id"]);
        Assert.Equal("directline", (string?)welcome["channelId"]);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Post_Message_EchoesItThenTheBotsReplyAfterTheWatermark()
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();
        var (_, afterWelcome) = await directLine.ReadAsync();
        var message = DirectLineClient.WebChatMessage("what does OROLSI do?");

        using var posted = await directLine.PostAsync(message);
        var id = (string?)(await posted.ReadJsonAsync())["id"];
        var (activities, watermark) = await directLine.ReadAsync(afterWelcome);
        var (later, _) = await directLine.ReadAsync(watermark);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("what does OROLSI do?", (string?)echo["text"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal((string?)message["channelData"]!["clientActivityID"], (string?)echo["channelData"]!["clientActivityID"]);
        var reply = activities[1]!;
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Contains("Office of Rule of Law and Security Institutions", reply["attachments"]![0]!["content"]!.ToJsonString());
        Assert.Empty(later);
    }

    [Fact]
    public async Task Post_CardSubmitValue_ReachesTheBotAsAButtonPress()
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();
        var (_, afterWelcome) = await directLine.ReadAsync();
        var press = DirectLineClient.WebChatMessage(value: new JsonObject { ["verb"] = "openUnit", ["unitId"] = "police-division" });
        press["channelData"]!["postBack"] = true;

        using var posted = await directLine.PostAsync(press);
        var (activities, _) = await directLine.ReadAsync(afterWelcome);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var card = activities.Last()!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Police Division (PD)", card);
        Assert.Contains("https://peacekeeping.un.org/en/policing", card);
    }

    [Fact]
    public async Task Requests_WithAnotherConversationsToken_Return403()
    {
        var client = bot.CreateClient();
        var mine = new DirectLineClient(client);
        var theirs = new DirectLineClient(client);
        await mine.StartAsync();
        await theirs.StartAsync();

        using var read = await mine.GetAsync(token: theirs.Token);
        using var posted = await mine.PostAsync(DirectLineClient.WebChatMessage("hello"), token: theirs.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }

    [Fact]
    public async Task Read_OfAnUnknownConversation_Returns404SoWebChatEndsIt()
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();

        using var response = await directLine.GetAsync(conversationId: "local-unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-1")]
    public async Task Read_WithAMalformedWatermark_Returns400(string watermark)
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();

        using var response = await directLine.GetAsync(watermark);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAnActivityType_Returns400()
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();

        using var response = await directLine.PostAsync(new JsonObject { ["text"] = "no type" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_WithTheConversationsToken_ReturnsItStillGood()
    {
        var directLine = new DirectLineClient(bot.CreateClient());
        await directLine.StartAsync();

        using var refreshed = await directLine.RefreshAsync();
        using var refused = await directLine.RefreshAsync(token: "not-a-token");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await refreshed.ReadJsonAsync();
        Assert.Equal(directLine.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(directLine.Token, (string?)body["token"]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Start_WithAuthenticationOn_IsNotMapped()
    {
        using var production = new BotFactory();
        var directLine = new DirectLineClient(production.CreateClient());

        using var response = await directLine.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
