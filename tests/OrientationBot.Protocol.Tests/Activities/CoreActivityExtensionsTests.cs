using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Activities;

public sealed class CoreActivityExtensionsTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:" + Fixture.BotAppId, Name = "OrientationBot" };

    [Fact]
    public void RemoveRecipientMention_ChannelMessage_LeavesTheQuestion()
    {
        var activity = Fixture.Activity("channel-mention.json");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("who deals with landmines?", text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMentioned_KeepsTheirMention()
    {
        var activity = new CoreActivity
        {
            Recipient = Bot,
            Text = "<at>Jane</at> asks <at>OrientationBot</at> about DPO",
            Entities =
            [
                new Mention { Text = "<at>Jane</at>", Mentioned = new ChannelAccount { Id = "29:jane" } }.ToEntity(),
                new Mention { Text = "<at>OrientationBot</at>", Mentioned = Bot }.ToEntity(),
            ],
        };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("<at>Jane</at> asks  about DPO", text);
    }

    /// <summary>
    /// 2,000 mentions of the bot: the same form is removed once, and only the first few distinct forms at all, since each
    /// removal scans the whole text (2,000 of them in 220 KB had cost half a second of CPU).
    /// </summary>
    [Fact]
    public void RemoveRecipientMention_ThousandsOfMentions_RemovesOnlyTheFirstFewForms()
    {
        var forms = Enumerable.Range(0, 2_000).Select(i => $"<at>Bot{i}</at>").ToList();
        var activity = new CoreActivity
        {
            Recipient = Bot,
            Text = string.Join(" ", forms) + " what is dpet",
            Entities = [.. forms.Select(form => new Mention { Text = form, Mentioned = Bot }.ToEntity())],
        };

        var text = activity.RemoveRecipientMention()!;

        Assert.DoesNotContain(forms[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain(forms[CoreActivityExtensions.MaxRecipientMentionsRemoved - 1], text, StringComparison.Ordinal);
        Assert.Contains(forms[CoreActivityExtensions.MaxRecipientMentionsRemoved], text, StringComparison.Ordinal);
        Assert.EndsWith("what is dpet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveRecipientMention_EntityWithoutText_RemovesAtName()
    {
        var activity = new CoreActivity
        {
            Recipient = Bot,
            Text = "<at>OrientationBot</at> help",
            Entities = [new Mention { Mentioned = Bot }.ToEntity()],
        };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("help", text);
    }

    [Fact]
    public void RemoveRecipientMention_DifferentCaseAndEntityType_StillRemoves()
    {
        var entity = new Mention { Text = "<at>OrientationBot</at>", Mentioned = Bot }.ToEntity();
        entity["type"] = "Mention";
        var activity = new CoreActivity { Recipient = Bot, Text = "<AT>orientationbot</AT> units", Entities = [entity] };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("units", text);
    }

    [Fact]
    public void RemoveRecipientMention_RegexCharactersInName_AreLiteral()
    {
        var bot = Bot with { Name = "Bot (test)+" };
        var activity = new CoreActivity
        {
            Recipient = bot,
            Text = "<at>Bot (test)+</at> hello",
            Entities = [new Mention { Text = "<at>Bot (test)+</at>", Mentioned = bot }.ToEntity()],
        };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("hello", text);
    }

    [Fact]
    public void RemoveRecipientMention_NoText_ReturnsNull()
    {
        var activity = Fixture.Activity("card-submit.json");

        var text = activity.RemoveRecipientMention();

        Assert.Null(text);
    }

    [Fact]
    public void GetTenantId_PersonalMessage_ReadsConversation()
    {
        var activity = Fixture.Activity("personal-message.json");

        var tenantId = activity.GetTenantId();

        Assert.Equal(Fixture.TenantId, tenantId);
    }

    [Fact]
    public void GetTenantId_OnlyInChannelData_ReadsChannelData()
    {
        var activity = Fixture.Activity("personal-message.json") with { Conversation = new ConversationAccount { Id = "a:1" } };

        var tenantId = activity.GetTenantId();

        Assert.Equal(Fixture.TenantId, tenantId);
    }

    [Fact]
    public void GetTenantId_Nowhere_ReturnsNull()
    {
        var activity = new CoreActivity { ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = 42 } } };

        var tenantId = activity.GetTenantId();

        Assert.Null(tenantId);
    }

    [Fact]
    public void GetMentions_ChannelMessage_ReturnsTheBotMention()
    {
        var activity = Fixture.Activity("channel-mention.json");

        var mentions = activity.GetMentions();

        var mention = Assert.Single(mentions);
        Assert.Equal("28:" + Fixture.BotAppId, mention.Mentioned!.Id);
        Assert.Equal("<at>OrientationBot</at>", mention.Text);
    }

    [Fact]
    public void GetClientInfo_ChannelMessage_ReadsTimezone()
    {
        var activity = Fixture.Activity("channel-mention.json");

        var info = activity.GetClientInfo();

        Assert.Equal("America/New_York", info!.Timezone);
        Assert.Equal("Windows", info.Platform);
    }

    [Fact]
    public void AddsRecipient_PersonalInstall_IsTrue()
    {
        var activity = Fixture.Activity("conversation-update-install.json");

        var added = activity.AddsRecipient();
        var removed = activity.RemovesRecipient();

        Assert.True(added);
        Assert.False(removed);
    }

    [Fact]
    public void GetTenantId_ChannelDataTenantNotAnObject_ReturnsNull()
    {
        var activity = new CoreActivity { Type = ActivityTypes.Message, ChannelData = new JsonObject { ["tenant"] = new JsonArray(1, 2) } };

        var tenant = activity.GetTenantId();

        Assert.Null(tenant);
    }

    [Fact]
    public void EntityReaders_NullEntity_AreSkipped()
    {
        var entities = JsonNode.Parse("""[null, { "type": "clientInfo", "timezone": "Europe/Zurich" }]""")!.AsArray();
        var activity = new CoreActivity
        {
            Type = ActivityTypes.Message,
            Entities = [.. entities.Select(e => e as JsonObject)!],
        };

        var mentions = activity.GetMentions();
        var client = activity.GetClientInfo();

        Assert.Empty(mentions);
        Assert.Equal("Europe/Zurich", client?.Timezone);
    }
}
