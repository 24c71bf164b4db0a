using System.Text.Json.Nodes;
using OrientationBot.Conversations;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Tests.Conversations;

public sealed class ChatScopeTests
{
    [Theory]
    [InlineData("personal", null, true)]
    [InlineData("Personal", null, true)]
    [InlineData("channel", true, false)]
    [InlineData("groupchat", true, false)]
    [InlineData(null, null, true)]
    [InlineData(null, true, false)]
    public void IsPersonal_ByConversationTypeElseIsGroup(string? type, bool? isGroup, bool personal)
    {
        var activity = new CoreActivity { Conversation = new ConversationAccount { Id = "x", ConversationType = type, IsGroup = isGroup } };

        Assert.Equal(personal, ChatScope.IsPersonal(activity));
    }

    [Theory]
    [InlineData("28:bot", true)]
    [InlineData("28:BOT", true)]
    [InlineData("29:someone", false)]
    public void MentionsBot_ReadsTheEntitiesNotTheText(string mentionedId, bool mentioned)
    {
        var activity = new CoreActivity
        {
            Text = "<at>OrientationBot</at> hello",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new JsonObject { ["type"] = "mention", ["text"] = "<at>OrientationBot</at>", ["mentioned"] = new JsonObject { ["id"] = mentionedId } }],
        };

        Assert.Equal(mentioned, ChatScope.MentionsBot(activity));
    }
}
