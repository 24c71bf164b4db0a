using OrientationBot.Endpoints;
using OrientationBot.Endpoints.DirectLine;
using OrientationBot.Protocol.Activities;
using OrientationBot.TestSupport;

namespace OrientationBot.Tests.Endpoints;

/// <summary>The local chat's memory is bounded without ending the conversations people are still using.</summary>
public sealed class LocalTranscriptBoundsTests
{
    private static CoreActivity Message(string conversationId, string text = "hi") =>
        new() { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = conversationId } };

    [Fact]
    public void Record_PastTheConversationLimit_ForgetsOnlyTheLeastRecentlyUsed()
    {
        var time = new ManualTimeProvider();
        var connector = new LocalConnector(time);
        for (var i = 0; i < LocalConnector.MaxConversations; i++)
        {
            connector.Record(Message($"c{i}"));
            time.Advance(TimeSpan.FromSeconds(1));
        }
        connector.Record(Message("c0")); // still in use: c1 is now the least recently used

        connector.Record(Message("new"));

        Assert.NotEmpty(connector.Read("c0", 0).Activities);
        Assert.Empty(connector.Read("c1", 0).Activities);
        Assert.NotEmpty(connector.Read("c2", 0).Activities);
        Assert.NotEmpty(connector.Read("new", 0).Activities);
    }

    [Fact]
    public void Record_LargePosts_KeepTheTranscriptWithinItsSize()
    {
        var connector = new LocalConnector(new ManualTimeProvider());
        var post = new string('x', 250_000);

        for (var i = 0; i < 200; i++)
            connector.Record(Message("big", post));

        Assert.InRange(connector.SizeOf("big"), post.Length, LocalConnector.MaxCharactersPerConversation);
        var (activities, next) = connector.Read("big", 0);
        Assert.Equal(200, next);
        Assert.Equal(LocalConnector.MaxCharactersPerConversation / post.Length, activities.Count);
    }

    [Fact]
    public void Start_PastTheLimit_EndsOnlyTheOldestConversation()
    {
        var conversations = new DirectLineConversations();
        var first = conversations.Start();
        var second = conversations.Start();
        for (var i = 2; i < DirectLineConversations.MaxConversations; i++)
            conversations.Start();

        var newest = conversations.Start();

        Assert.False(conversations.Exists(first.ConversationId));
        Assert.True(conversations.Exists(second.ConversationId));
        Assert.True(conversations.Authorizes(newest.ConversationId, "Bearer " + newest.Token));
    }
}
