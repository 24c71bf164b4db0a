using System.Text.Json.Nodes;
using OrientationBot.Conversations;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>Install and uninstall (brief §6.2, §6.3): one welcome whichever event comes first; uninstall forgets everything.</summary>
public sealed class InstallationTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData(Fixture.ConversationUpdateInstall, Fixture.InstallationUpdateAdd)]
    [InlineData(Fixture.InstallationUpdateAdd, Fixture.ConversationUpdateInstall)]
    public async Task Install_BothEventsInEitherOrder_WelcomesExactlyOnce(string first, string second)
    {
        using var client = bot.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");
        var conversationId = Fixture.ConversationId(Fixture.Load(first, key));

        await client.PostActivityAsync(Fixture.Load(first, key));
        await client.PostActivityAsync(Fixture.Load(second, key));

        var sent = Assert.Single(bot.Connector.SentTo(conversationId));
        Assert.Equal(nameof(RecordingConnector.SendToConversationAsync), sent.Operation);
        Assert.Null(sent.Activity.ReplyToId);
        Assert.Contains("Welcome to OrientationBot", sent.Card!.ToJsonString());
        Assert.Equal("", await CardValidator.ProblemsAsync([sent.Card]));
    }

    /// <summary>The Connector fails on the first install event: the second one still brings the welcome.</summary>
    [Fact]
    public async Task Install_ConnectorFailsOnTheWelcome_TheNextInstallEventWelcomes()
    {
        var wire = new FakeConnectorWire().Respond(System.Net.HttpStatusCode.Forbidden).Respond(System.Net.HttpStatusCode.OK);
        using var failing = new BotFactory { ConnectorWire = wire };
        using var client = failing.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");

        await client.PostActivityAsync(Fixture.Load(Fixture.ConversationUpdateInstall, key));
        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateAdd, key));

        Assert.Equal(2, wire.Requests.Count);
    }

    /// <summary>Added to a group chat, where tips are refused: the welcome says where to get them instead of offering them.</summary>
    [Fact]
    public async Task Install_InAGroupChat_WelcomesWithoutTheTipTimePicker()
    {
        using var client = bot.CreateTeamsClient();
        var install = Fixture.Load(Fixture.ConversationUpdateInstall);
        install["conversation"]!["conversationType"] = "groupChat";
        install["conversation"]!["isGroup"] = true;

        await client.PostActivityAsync(install);

        var welcome = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(install))).Card!.ToJsonString();
        Assert.Contains("Welcome to OrientationBot", welcome);
        Assert.DoesNotContain("Input.Time", welcome);
        Assert.Contains("personal chat", welcome);
    }

    [Fact]
    public async Task Install_Upgrade_DoesNotWelcomeAgain()
    {
        using var client = bot.CreateTeamsClient();
        var upgrade = Fixture.Load(Fixture.InstallationUpdateAdd);
        upgrade["action"] = "add-upgrade";

        await client.PostActivityAsync(upgrade);

        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(upgrade)));
    }

    [Fact]
    public async Task Uninstall_InstallationUpdateRemove_ForgetsTheConversationAndItsSubscription()
    {
        using var client = bot.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");
        var conversationId = Fixture.ConversationId(Fixture.Load(Fixture.PersonalMessage, key));
        var store = bot.Get<IBotStore>();
        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateAdd, key));
        var tipsOn = Fixture.Load(Fixture.PersonalMessage, key);
        tipsOn["text"] = "tips on";
        await client.PostActivityAsync(tipsOn);
        Assert.NotNull(await store.GetSubscriptionAsync(conversationId, CancellationToken.None));

        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateRemove, key));

        Assert.Null(await store.GetConversationAsync(conversationId, CancellationToken.None));
        Assert.Null(await store.GetSubscriptionAsync(conversationId, CancellationToken.None));
        // The welcome flag went too: installing again is a new start.
        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateAdd, key));
        Assert.Equal(2, bot.Connector.SentTo(conversationId).Count(s => s.Card?.ToJsonString().Contains("Welcome to OrientationBot") == true));
    }

    [Fact]
    public async Task Reinstall_AfterUninstall_StoresTheReferenceAgainOnTheNextMessage()
    {
        using var client = bot.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");
        var conversationId = Fixture.ConversationId(Fixture.Load(Fixture.PersonalMessage, key));
        await client.PostActivityAsync(Fixture.Load(Fixture.PersonalMessage, key));
        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateRemove, key));

        await client.PostActivityAsync(Fixture.Load(Fixture.PersonalMessage, key));
        await bot.Get<ConversationRecorder>().FlushAsync(CancellationToken.None);

        Assert.NotNull(await bot.Get<IBotStore>().GetConversationAsync(conversationId, CancellationToken.None));
    }

    [Fact]
    public async Task BotRemoved_ConversationUpdateWithTheBotInMembersRemoved_ForgetsTheConversation()
    {
        using var client = bot.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");
        var conversationId = Fixture.ConversationId(Fixture.Load(Fixture.PersonalMessage, key));
        await client.PostActivityAsync(Fixture.Load(Fixture.PersonalMessage, key));
        var removed = Fixture.Load(Fixture.ConversationUpdateInstall, key);
        removed["membersRemoved"] = removed["membersAdded"]!.DeepClone();
        removed.Remove("membersAdded");

        await client.PostActivityAsync(removed);

        Assert.Null(await bot.Get<IBotStore>().GetConversationAsync(conversationId, CancellationToken.None));
        Assert.Single(bot.Connector.SentTo(conversationId));
    }

    [Fact]
    public async Task ConversationUpdate_AddingOnlyAUser_DoesNotWelcome()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.ConversationUpdateInstall);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:another-user" });

        await client.PostActivityAsync(activity);

        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }
}
