using System.Net;
using System.Text;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints;

/// <summary>The boundary of POST /api/messages (house style §5): bad input gets a 4xx, never a 5xx, and no reply.</summary>
public sealed class MessagesEndpointTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"message\"")]
    [InlineData("""{ "text": "an activity without a type" }""")]
    [InlineData("""{ "type": "message", "timestamp": "not a date" }""")]
    public async Task Messages_MalformedActivity_Returns400(string body)
    {
        using var client = bot.CreateTeamsClient();

        using var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Messages_WrongContentType_Returns415(string contentType)
    {
        using var client = bot.CreateTeamsClient();

        using var response = await client.PostRawAsync(Fixture.Load(Fixture.PersonalMessage).ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Messages_JsonWithCharset_IsAccepted()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("Application/JSON; charset=utf-8");

        using var response = await client.PostAsync(ActivityPosting.MessagesPath, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Messages_OversizedBody_Returns413WithoutReply()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = new string('x', 300 * 1024);

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task Messages_OversizedBodyWithoutContentLength_Returns413()
    {
        using var client = bot.CreateTeamsClient();
        var body = Encoding.UTF8.GetBytes(new string(' ', 300 * 1024) + "{}");

        using var response = await client.PostAsync(ActivityPosting.MessagesPath, new UnsizedContent(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(Fixture.MessageReaction)]
    [InlineData(null)]
    public async Task Messages_UnhandledActivityType_Returns200AndSendsNothing(string? fixture)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(fixture ?? Fixture.PersonalMessage);
        if (fixture is null)
            activity["type"] = "somethingTeamsMayAddOneDay";

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("")]
    public async Task Messages_UnknownInvokeName_Returns501(string name)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.AdaptiveCardAction);
        activity["name"] = name;

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Messages_Get_Returns405()
    {
        using var client = bot.CreateTeamsClient();

        using var response = await client.GetAsync(ActivityPosting.MessagesPath);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/webchat.js")]
    [InlineData("/v3/directline/conversations/local-x/activities")]
    public async Task LocalChat_WithAuthenticationOn_IsNotMapped(string path)
    {
        using var client = bot.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A body sent chunked, with no Content-Length to reject it by.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
