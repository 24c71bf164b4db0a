using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.Extensions.Options;
using Moq;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class ConnectorTipMessengerTests
{
    private static readonly StoredConversation Conversation = new()
    {
        ConversationId = "a:1personal",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TenantId = "tenant",
        UserId = "29:user",
        BotId = "28:bot",
        ConversationType = "personal",
        Authenticated = true,
    };

    private static readonly Tip Tip = new("t1", "The Pillar", "DPO and DPPA share one regional structure.", null, "1.1", "quote");

    private readonly Mock<IConnectorClient> _connector = new();

    [Fact]
    public async Task Send_ConnectorAccepts_DeliversACardToTheStoredConversation()
    {
        CoreActivity? sent = null;
        _connector.Setup(c => c.SendProactiveAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
            .Callback<CoreActivity, CancellationToken>((a, _) => sent = a)
            .ReturnsAsync(new ResourceResponse());

        var result = await Messenger().SendAsync(Conversation, Tip, CancellationToken.None);

        Assert.Same(TipSendResult.Delivered, result);
        Assert.Equal("a:1personal", sent!.Conversation!.Id);
        Assert.Equal(Conversation.ServiceUrl, sent.ServiceUrl);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(sent.Attachments!).ContentType);
        Assert.False(string.IsNullOrEmpty(sent.Summary));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(TipSendResult.ThrottledResult))]
    [InlineData(HttpStatusCode.Forbidden, typeof(TipSendResult.GoneResult))]
    [InlineData(HttpStatusCode.NotFound, typeof(TipSendResult.GoneResult))]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(TipSendResult.TransientFailureResult))]
    public async Task Send_ConnectorRefusesForCertain_ReturnsTheMatchingResult(HttpStatusCode status, Type expected)
    {
        _connector.Setup(c => c.SendProactiveAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("refused", status, TimeSpan.FromSeconds(3), "ConversationBlockedByUser"));

        var result = await Messenger().SendAsync(Conversation, Tip, CancellationToken.None);

        Assert.IsType(expected, result);
        if (result is TipSendResult.ThrottledResult throttled)
            Assert.Equal(TimeSpan.FromSeconds(3), throttled.RetryAfter);
    }

    /// <summary>A server error or a 503 without Retry-After may follow a delivered tip: the outcome is unknown.</summary>
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_ConnectorAnswersAServerError_RethrowsBecauseTheOutcomeIsUnknown(HttpStatusCode status)
    {
        _connector.Setup(c => c.SendProactiveAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("server error", status));

        await Assert.ThrowsAsync<ConnectorException>(() => Messenger().SendAsync(Conversation, Tip, CancellationToken.None));
    }

    /// <summary>
    /// Through the real Connector client: the Connector takes each tip, then resets the connection. Each user must receive
    /// the tip once (the client does not send it again), and the messenger reports "outcome unknown" for the ledger.
    /// </summary>
    [Fact]
    public async Task Send_ConnectorTakesTheTipThenResets_EachUserReceivesItOnce()
    {
        var wire = new OrientationBot.Tests.Support.FakeConnectorWire().AcceptThenReset();
        using var bot = new OrientationBot.Tests.Support.BotFactory { ConnectorWire = wire };
        var messenger = bot.Services.GetRequiredService<ITipMessenger>();
        var users = Enumerable.Range(1, 20).Select(i => Conversation with { ConversationId = $"a:{i}personal", UserId = $"29:user{i}" }).ToList();

        foreach (var user in users)
            await Assert.ThrowsAsync<ConnectorException>(() => messenger.SendAsync(user, Tip, CancellationToken.None));

        var received = wire.Requests.GroupBy(r => r.Uri.AbsolutePath).ToList();
        Assert.Equal(20, received.Count);
        Assert.All(received, perUser => Assert.Single(perUser));
    }

    /// <summary>
    /// A reference written in local mode (say, a data folder shared with a local run) must never bring the bot's token
    /// to its service URL: with credentials, its subscription ends and no request is made.
    /// </summary>
    [Fact]
    public async Task Send_ReferenceStoredUnauthenticated_EndsTheSubscriptionWithoutARequest()
    {
        var planted = Conversation with { ServiceUrl = "https://attacker.example/", Authenticated = false };

        var result = await Messenger().SendAsync(planted, Tip, CancellationToken.None);

        var gone = Assert.IsType<TipSendResult.GoneResult>(result);
        Assert.Null(gone.StatusCode);
        Assert.Empty(_connector.Invocations);
    }

    [Fact]
    public async Task Send_InLocalMode_UnauthenticatedReferenceIsSentWithoutTrustingItsUrl()
    {
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ResourceResponse());

        var result = await Messenger(appId: "").SendAsync(Conversation with { ServiceUrl = "http://127.0.0.1:3990/", Authenticated = false }, Tip, CancellationToken.None);

        Assert.Same(TipSendResult.Delivered, result);
        _connector.Verify(c => c.SendProactiveAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private ConnectorTipMessenger Messenger(string appId = "00000000-0000-0000-0000-0000000000b0")
    {
        var store = new Mock<IBotStore>();
        store.Setup(s => s.GetSubscriptionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((StoredSubscription?)null);
        var directory = KnowledgeFiles.Load(KnowledgeFiles.Locate("knowledge", AppContext.BaseDirectory));
        return new ConnectorTipMessenger(_connector.Object, Options.Create(new BotCredentials { MicrosoftAppId = appId }),
            store.Object, directory, Options.Create(new TipsOptions()));
    }
}
