using OrientationBot.Conversations;
using OrientationBot.Protocol.Activities;
using OrientationBot.TestSupport;

namespace OrientationBot.Tests.Conversations;

public sealed class RedeliveryFilterTests
{
    private static CoreActivity Activity(string id, string conversation = "a:1") =>
        new() { Type = ActivityTypes.Invoke, Id = id, Conversation = new ConversationAccount { Id = conversation } };

    [Fact]
    public void TryBegin_SameActivityAgain_IsARedeliveryWithTheFirstResponse()
    {
        var filter = new RedeliveryFilter(new ManualTimeProvider());
        var response = InvokeResponse.NotImplemented;

        Assert.True(filter.TryBegin(Activity("1"), out _));
        filter.Complete(Activity("1"), response);

        Assert.False(filter.TryBegin(Activity("1"), out var earlier));
        Assert.Same(response, earlier);
        Assert.True(filter.TryBegin(Activity("1", conversation: "a:2"), out _));
        Assert.True(filter.TryBegin(Activity("2"), out _));
    }

    [Fact]
    public void TryBegin_AfterTheWindow_HandlesTheActivityAgain()
    {
        var time = new ManualTimeProvider();
        var filter = new RedeliveryFilter(time);
        filter.TryBegin(Activity("1"), out _);

        time.Advance(RedeliveryFilter.Window + TimeSpan.FromSeconds(1));

        Assert.True(filter.TryBegin(Activity("1"), out _));
    }

    [Fact]
    public void TryBegin_ActivityWithoutId_IsNeverHeldBack()
    {
        var filter = new RedeliveryFilter(new ManualTimeProvider());

        Assert.True(filter.TryBegin(Activity(""), out _));
        Assert.True(filter.TryBegin(Activity(""), out _));
    }
}
