using System.Net;
using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ChannelConversation = "19%3Aa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6%40thread.tacv2%3Bmessageid%3D1732190000002";
    private readonly ConnectorHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task ReplyToActivity_ChannelThread_PostsToEscapedReplyUrl()
    {
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1732190000099"}""");
        var reply = Fixture.Activity("channel-mention.json").CreateReply("The Mine Action Service.");

        var response = await harness.Client.ReplyToActivityAsync(reply, CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(
            $"https://smba.trafficmanager.net/emea/v3/conversations/{ChannelConversation}/activities/1732190000002",
            request.Uri.AbsoluteUri);
        Assert.Equal("1732190000099", response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_Body_IsTheReplyActivity()
    {
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");
        var reply = Fixture.Activity("personal-message.json").CreateReply("OROLSI is …");

        await harness.Client.ReplyToActivityAsync(reply, CancellationToken.None);

        var body = JsonNode.Parse(harness.Handler.Requests[0].Body!)!;
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("OROLSI is …", body["text"]!.GetValue<string>());
        Assert.Equal("28:" + Fixture.BotAppId, body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("1732190000001", body["replyToId"]!.GetValue<string>());
        Assert.Null(body["id"]);
    }

    [Fact]
    public async Task SendToConversation_PersonalChat_PostsToActivities()
    {
        harness.Handler.Respond(HttpStatusCode.Created, """{"id":"1732190000100"}""");
        var message = Fixture.Activity("personal-message.json").CreateReply("Tip of the day") with { ReplyToId = null };

        var response = await harness.Client.SendToConversationAsync(message, CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal(
            $"https://smba.trafficmanager.net/emea/v3/conversations/a%3A1{Fixture.ConversationSuffix}/activities",
            request.Uri.AbsoluteUri);
        Assert.Equal("1732190000100", response.Id);
    }

    [Fact]
    public async Task UpdateActivity_ClickedCard_PutsToTheCardMessage()
    {
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"x"}""");
        var update = Fixture.Activity("card-submit.json").CreateReply() with { Id = Fixture.CardMessageId };

        await harness.Client.UpdateActivityAsync(update, CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith($"/activities/{Fixture.CardMessageId}", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversation_PersonalChat_PostsBriefShape()
    {
        harness.Handler.Respond(HttpStatusCode.Created, """{"id":"a:1new"}""");
        var inbound = Fixture.Activity("personal-message.json");
        var parameters = ConversationParameters.ForPersonalChat(inbound.Recipient!, inbound.From!, Fixture.TenantId);

        var response = await harness.Client.CreateConversationAsync("https://smba.trafficmanager.net/teams", parameters, CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations", request.Uri.AbsoluteUri);
        var expected = JsonNode.Parse($$"""
            { "bot": { "id": "28:{{Fixture.BotAppId}}", "name": "OrientationBot" },
              "members": [ { "id": "29:{{Fixture.UserId}}" } ],
              "isGroup": false, "tenantId": "{{Fixture.TenantId}}",
              "channelData": { "tenant": { "id": "{{Fixture.TenantId}}" } } }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body!)), request.Body);
        Assert.Equal("a:1new", response.Id);
    }

    [Fact]
    public async Task SendToConversation_EmptySuccessBody_ReturnsNoId()
    {
        harness.Handler.Respond(HttpStatusCode.Accepted);
        var message = Fixture.Activity("personal-message.json").CreateReply("x");

        var response = await harness.Client.SendToConversationAsync(message, CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendToConversation_NoConversationId_ThrowsArgumentException()
    {
        var message = new CoreActivity { Type = ActivityTypes.Message, ServiceUrl = Fixture.ServiceUrl, Text = "x" };

        var call = () => harness.Client.SendToConversationAsync(message, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(call);
        Assert.Empty(harness.Handler.Requests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea//")]
    public void ConnectorUri_WithOrWithoutTrailingSlash_JoinsOnce(string serviceUrl)
    {
        var uri = ConnectorClient.ConnectorUri(serviceUrl, "v3/conversations");

        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations", uri.AbsoluteUri);
    }
}
