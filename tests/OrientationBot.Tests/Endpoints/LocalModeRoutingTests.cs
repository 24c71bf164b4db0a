using System.Net;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints;

/// <summary>
/// Local mode as the Bot Framework Emulator and botbuilder's test clients use it: an unauthenticated activity posted on
/// /api/messages of the running bot, over real HTTP, is answered at its own serviceUrl, without a token.
/// </summary>
public sealed class LocalModeRoutingTests : IAsyncLifetime
{
    private readonly BotFactory bot = new() { LocalMode = true };
    private LoopbackConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        bot.UseKestrel(0);
        bot.StartServer();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_OnApiMessages_IsAnsweredAtItsServiceUrlWithoutAToken()
    {
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["serviceUrl"] = connector.ServiceUrl;
        using var client = bot.CreateClient();

        using var response = await client.PostActivityAsync(activity);
        var sent = await connector.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Fixture.ConversationId(activity)}/activities/{activity["id"]}", sent.Path);
        Assert.Equal((string)activity["id"]!, (string?)sent.Activity["replyToId"]);
        Assert.Equal("", sent.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)sent.Activity["attachments"]![0]!["contentType"]);
        Assert.Contains("Rule of Law", sent.Activity["attachments"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public async Task ChatPageConversation_StaysInTheLocalTranscript()
    {
        using var client = bot.CreateClient();
        var chat = new DirectLineClient(client);

        using var started = await chat.StartAsync();
        using var posted = await chat.PostAsync(DirectLineClient.WebChatMessage("what does OROLSI do?"));
        var (activities, _) = await chat.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(activities, a => (string?)a!["from"]?["role"] == "bot" && a["replyToId"] is not null && a["attachments"] is not null);
        Assert.Equal(0, connector.Count);
    }
}
