using Moq;
using OrientationBot.Endpoints;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Tests.Endpoints;

/// <summary>Local mode's routing of every Connector call, proactive tips included, by where the conversation came from.</summary>
public sealed class LocalModeConnectorTests
{
    private const string EmulatorUrl = "http://127.0.0.1:50123/";

    private readonly LocalConnector chatPage = new(TimeProvider.System);
    private readonly Mock<IConnectorClient> connector = new(MockBehavior.Strict);
    private readonly LocalModeConnector routed;

    public LocalModeConnectorTests() => routed = new LocalModeConnector(chatPage, connector.Object);

    [Fact]
    public async Task Tip_ToAConversationFirstSeenOnApiMessages_GoesToItsServiceUrl()
    {
        var tip = Message(EmulatorUrl, "a:emulator-1");
        connector.Setup(c => c.SendToConversationAsync(tip, It.IsAny<CancellationToken>())).ReturnsAsync(new ResourceResponse { Id = "7" });

        var sent = await routed.SendToConversationAsync(tip, CancellationToken.None);

        Assert.Equal("7", sent.Id);
        Assert.Empty(chatPage.Read("a:emulator-1", 0).Activities);
    }

    [Fact]
    public async Task Tip_ToAChatPageConversation_LandsInItsTranscript()
    {
        var tip = Message(LocalConnector.ServiceUrl, "a:page-1");

        await routed.SendToConversationAsync(tip, CancellationToken.None);

        Assert.Single(chatPage.Read("a:page-1", 0).Activities);
        connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CreateConversation_FollowsTheServiceUrlItIsGiven()
    {
        connector.Setup(c => c.CreateConversationAsync(EmulatorUrl, It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationResourceResponse { Id = "a:new" });

        var remote = await routed.CreateConversationAsync(EmulatorUrl, new ConversationParameters(), CancellationToken.None);
        var local = await routed.CreateConversationAsync(LocalConnector.ServiceUrl, new ConversationParameters(), CancellationToken.None);

        Assert.Equal("a:new", remote.Id);
        Assert.StartsWith("a:local-", local.Id);
    }

    private static CoreActivity Message(string serviceUrl, string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        Text = "Today's tip",
    };
}
