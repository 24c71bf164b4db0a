using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Activities;

public sealed class CoreActivityTests
{
    [Fact]
    public void CreateReply_PersonalMessage_SwapsAccountsAndKeepsRouting()
    {
        var inbound = Fixture.Activity("personal-message.json");

        var reply = inbound.CreateReply("OROLSI is …");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("28:" + Fixture.BotAppId, reply.From!.Id);
        Assert.Equal("29:" + Fixture.UserId, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("OROLSI is …", reply.Text);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void CreateReply_ChannelThread_KeepsThreadConversation()
    {
        var inbound = Fixture.Activity("channel-mention.json");

        var reply = inbound.CreateReply();

        Assert.EndsWith(";messageid=1732190000002", reply.Conversation!.Id, StringComparison.Ordinal);
        Assert.True(reply.Conversation.IsGroup);
        Assert.Null(reply.Text);
    }

    [Fact]
    public void CreateReply_WithCard_CarriesAdaptiveCardAttachment()
    {
        var card = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""")!;

        var reply = Fixture.Activity("personal-message.json").CreateReply() with { Attachments = [Attachment.AdaptiveCard(card)] };

        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Attachments![0].ContentType);
        Assert.Same(card, reply.Attachments[0].Content);
    }

    [Fact]
    public void CreateReply_WithAttachmentsAndSummary_CarriesTheSameListAndKeepsRouting()
    {
        var inbound = Fixture.Activity("personal-message.json");
        IReadOnlyList<Attachment> attachments = [Attachment.AdaptiveCard(System.Text.Json.Nodes.JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""")!)];

        var reply = inbound.CreateReply(text: null, attachments, summary: "Help");

        Assert.Same(attachments, reply.Attachments);
        Assert.Equal("Help", reply.Summary);
        Assert.Null(reply.Text);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
    }
}
