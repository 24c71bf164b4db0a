using System.Net;
using System.Text.Json.Nodes;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints;

/// <summary>Local mode (Development, no MicrosoftAppId): the chat page, unauthenticated activities, the in-memory transcript.</summary>
public sealed class LocalChatTests : IDisposable
{
    private readonly BotFactory bot = new() { LocalMode = true };

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Page_AtRoot_IsServedAndPostsToTheMessagesEndpoint()
    {
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/api/messages", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Message_WithoutAToken_IsAnsweredIntoTheTranscriptThePageReads()
    {
        using var client = bot.CreateClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["serviceUrl"] = "http://localhost/local/";
        var transcript = $"/local/conversations/{Uri.EscapeDataString(Fixture.ConversationId(activity))}/activities";

        using var posted = await client.PostActivityAsync(activity);
        var first = JsonNode.Parse(await client.GetStringAsync(transcript))!;
        var again = JsonNode.Parse(await client.GetStringAsync(transcript + "?after=1"))!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var reply = Assert.Single(first["activities"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply["attachments"]![0]!["contentType"]);
        Assert.Equal(1, (int?)first["next"]);
        Assert.Empty(again["activities"]!.AsArray());
    }

    [Fact]
    public async Task Renderer_WhenTheTestToolsAreInstalled_IsServedFromDisk()
    {
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/local/adaptivecards.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }
}
