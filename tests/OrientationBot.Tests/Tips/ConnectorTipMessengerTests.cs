using System.Net;
using Microsoft.Extensions.Options;
using Moq;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;
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
    };

    private static readonly Tip Tip = new("t1", "The Pillar", "DPO and DPPA share one regional structure.", null, "1.1", "quote");

    private readonly Mock<IConnectorClient> _connector = new();

    [Fact]
    public async Task Send_ConnectorAccepts_DeliversACardToTheStoredConversation()
    {
        CoreActivity? sent = null;
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
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
    [InlineData(HttpStatusCode.BadGateway, typeof(TipSendResult.TransientFailureResult))]
    [InlineData(HttpStatusCode.GatewayTimeout, typeof(TipSendResult.TransientFailureResult))]
    public async Task Send_ConnectorRefusesForCertain_ReturnsTheMatchingResult(HttpStatusCode status, Type expected)
    {
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("refused", status, TimeSpan.FromSeconds(3), "ConversationBlockedByUser"));

        var result = await Messenger().SendAsync(Conversation, Tip, CancellationToken.None);

        Assert.IsType(expected, result);
        if (result is TipSendResult.ThrottledResult throttled)
            Assert.Equal(TimeSpan.FromSeconds(3), throttled.RetryAfter);
    }

    [Fact]
    public async Task Send_ConnectorAnswers500_RethrowsBecauseTheOutcomeIsUnknown()
    {
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<CoreActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("server error", HttpStatusCode.InternalServerError));

        await Assert.ThrowsAsync<ConnectorException>(() => Messenger().SendAsync(Conversation, Tip, CancellationToken.None));
    }

    private ConnectorTipMessenger Messenger()
    {
        var store = new Mock<IBotStore>();
        store.Setup(s => s.GetSubscriptionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((StoredSubscription?)null);
        var directory = KnowledgeFiles.Load(KnowledgeFiles.Locate("knowledge", AppContext.BaseDirectory));
        return new ConnectorTipMessenger(_connector.Object, new TrustedServiceUrls(Options.Create(new ConnectorOptions())),
            store.Object, directory, Options.Create(new TipsOptions()));
    }
}
