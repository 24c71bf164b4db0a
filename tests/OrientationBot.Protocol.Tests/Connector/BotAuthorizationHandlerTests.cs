using System.Net;
using Moq;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Connector;

public sealed class BotAuthorizationHandlerTests
{
    private static CoreActivity MessageTo(string serviceUrl) =>
        Fixture.Activity("personal-message.json").CreateReply("hello") with { ServiceUrl = serviceUrl };

    [Fact]
    public async Task Send_ToDefaultConnectorHost_AddsBearerToken()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await harness.Client.SendToConversationAsync(MessageTo(Fixture.ServiceUrl), CancellationToken.None);

        Assert.Equal("Bearer bot-token", harness.Handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task Send_ToHostLearnedFromAuthenticatedActivity_AddsBearerToken()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");
        harness.TrustedServiceUrls.Trust("https://connector.contoso.test/emea/");

        await harness.Client.SendToConversationAsync(MessageTo("https://connector.contoso.test/emea/"), CancellationToken.None);

        Assert.Equal("Bearer bot-token", harness.Handler.Requests[0].Authorization);
    }

    /// <summary>After a restart nothing is learned yet: a proactive send to a stored reference trusts its URL itself.</summary>
    [Fact]
    public async Task SendProactive_ToAStoredHttpsServiceUrl_AddsBearerTokenWithoutEarlierTrust()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await harness.Client.SendProactiveAsync(MessageTo("https://connector.contoso.test/emea/"), CancellationToken.None);

        Assert.Equal("Bearer bot-token", harness.Handler.Requests[0].Authorization);
        Assert.EndsWith("/v3/conversations/" + Uri.EscapeDataString(MessageTo(Fixture.ServiceUrl).Conversation!.Id!) + "/activities",
            harness.Handler.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendProactive_ToAStoredHttpServiceUrl_RefusesWithoutSendingTheToken()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendProactiveAsync(MessageTo("http://connector.contoso.test/emea/"), CancellationToken.None));

        Assert.Empty(harness.Handler.Requests);
    }

    [Fact]
    public async Task Send_ToUntrustedHost_RefusesWithoutSending()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(MessageTo("https://evil.example.com/"), CancellationToken.None));

        Assert.Empty(harness.Handler.Requests);
        Assert.Contains("evil.example.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-token", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Even a host the bot was told to trust gets no token over plain http: anyone on the path could replay it.</summary>
    [Fact]
    public async Task Send_OverPlainHttp_RefusesWithoutSendingTheToken()
    {
        using var harness = new ConnectorHarness(token: "bot-token");
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");
        var stored = "http://connector.contoso.test/emea/";

        var trusted = harness.TrustedServiceUrls.Trust(stored);
        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(MessageTo(stored), CancellationToken.None));

        Assert.False(trusted);
        Assert.Empty(harness.Handler.Requests);
        Assert.Contains("plain http", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_InLocalMode_SendsNoTokenAnywhere()
    {
        using var harness = new ConnectorHarness(token: null);
        harness.Handler.Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await harness.Client.SendToConversationAsync(MessageTo("http://localhost:3978/local/"), CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Send_TokenUnavailable_ThrowsWithoutSending()
    {
        using var harness = new ConnectorHarness();
        harness.TokenProvider
            .Setup(p => p.GetTokenAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("Could not get the bot's token from Entra ID (invalid_client).", errorCode: "invalid_client"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(MessageTo(Fixture.ServiceUrl), CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Empty(harness.Handler.Requests);
    }
}
