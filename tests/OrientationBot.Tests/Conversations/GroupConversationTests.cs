using OrientationBot.Cards;
using OrientationBot.Tests.Cards;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>Group chats and channels: the bot answers only when @mentioned, in the thread, without the mention (brief §3.4).</summary>
public sealed class GroupConversationTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task ChannelMessage_WithMention_RepliesInTheThreadToTheQuestionWithoutTheMention()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ChannelMention);

        await client.PostActivityAsync(activity);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Equal(nameof(RecordingConnector.ReplyToActivityAsync), sent.Operation);
        Assert.Equal((string?)activity["id"], sent.Activity.ReplyToId);
        Assert.EndsWith(";messageid=" + (string?)activity["id"], sent.Activity.Conversation!.Id);
        // The feedback buttons carry the question the bot answered: the text with the mention removed.
        var asked = CardSubmits(sent, CardActions.Verbs.Feedback).Select(d => (string?)d[CardActions.Fields.Question]).Distinct();
        Assert.Equal(["who deals with landmines?"], asked);
    }

    [Fact]
    public async Task ChannelMessage_WithoutMention_IsNotAnswered()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ChannelNoMention);

        await client.PostActivityAsync(activity);

        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task ChannelMessage_MentioningSomeoneElse_IsNotAnswered()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ChannelMention);
        activity["entities"]![0]!["mentioned"]!["id"] = "29:someone-else";

        await client.PostActivityAsync(activity);

        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task ChannelCardPress_WithoutMention_IsAnswered()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ChannelNoMention);
        activity.Remove("text");
        activity["value"] = new System.Text.Json.Nodes.JsonObject { [CardActions.VerbField] = CardActions.Verbs.Help };

        await client.PostActivityAsync(activity);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Contains("What I can do", sent.Card!.ToJsonString());
    }

    [Fact]
    public async Task DailyTipCommand_InAChannel_ExplainsTheyArePersonalAndSubscribesNobody()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ChannelMention);
        activity["text"] = "<at>OrientationBot</at> tips on";

        await client.PostActivityAsync(activity);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Contains("personal chat", sent.Activity.Text);
        Assert.Null(await bot.Get<OrientationBot.Storage.IBotStore>().GetSubscriptionAsync(Fixture.ConversationId(activity), CancellationToken.None));
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> CardSubmits(SentActivity sent, string verb) =>
        CardQuery.Descendants(sent.Card)
            .Where(o => (string?)o["type"] == "Action.Submit")
            .Select(OrientationBot.Tests.Cards.CardQuery.SubmitData)
            .Where(d => (string?)d[CardActions.VerbField] == verb);
}
