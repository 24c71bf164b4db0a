using System.Text.Json;
using OrientationBot.Endpoints.DirectLine;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints.DirectLine;

/// <summary>Web Chat's activities become what Teams sends in a personal chat, and the bot's go back as Direct Line shows them.</summary>
public sealed class DirectLineTranslatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToTeams_WebChatMessage_IsAPersonalTeamsMessage()
    {
        var posted = JsonSerializer.Deserialize(DirectLineClient.WebChatMessage("what does OROLSI do?").ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;

        var teams = DirectLineTranslator.ToTeams(posted, "local-2", "local-abc", "http://localhost/v3/directline/", Now);

        Assert.Equal("msteams", teams.ChannelId);
        Assert.Equal("local-2", teams.Id);
        Assert.Equal("a:local-abc", teams.Conversation!.Id);
        Assert.Equal(ConversationAccount.Personal, teams.Conversation.ConversationType);
        Assert.StartsWith("29:", teams.From!.Id, StringComparison.Ordinal);
        Assert.StartsWith("28:", teams.Recipient!.Id, StringComparison.Ordinal);
        Assert.Equal("local-tenant", teams.GetTenantId());
        Assert.Equal("what does OROLSI do?", teams.Text);
        Assert.Equal("Europe/Zurich", teams.LocalTimezone);
        Assert.Equal("http://localhost/v3/directline/", teams.ServiceUrl);
        Assert.Null(teams.ChannelData!["clientActivityID"]);
    }

    [Fact]
    public void ConversationStarted_IsTeamsAddingTheBot()
    {
        var update = DirectLineTranslator.ConversationStarted("local-abc", "http://localhost/v3/directline/", Now);

        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.True(update.AddsRecipient());
        Assert.Equal("a:local-abc", update.Conversation!.Id);
    }

    [Fact]
    public void ToClient_BotReply_CarriesTheDirectLineConversationAndTheBotRole()
    {
        var reply = new CoreActivity
        {
            Type = ActivityTypes.Message,
            Id = "local-3",
            ChannelId = "msteams",
            ServiceUrl = "http://localhost/v3/directline/",
            From = new ChannelAccount { Id = "28:local-bot" },
            Conversation = new ConversationAccount { Id = "a:local-abc", ConversationType = ConversationAccount.Personal },
        };

        var seen = DirectLineTranslator.ToClient(reply, "local-abc");

        Assert.Equal("directline", seen.ChannelId);
        Assert.Equal("local-abc", seen.Conversation!.Id);
        Assert.Equal("bot", seen.From!.Role);
        Assert.Null(seen.ServiceUrl);
    }
}
