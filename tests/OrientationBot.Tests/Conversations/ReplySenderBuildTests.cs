using System.Text.Json;
using OrientationBot.Cards;
using OrientationBot.Conversations;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

public sealed class ReplySenderBuildTests
{
    private static readonly BotCard Card = HelpCard.Build();

    [Fact]
    public void Build_CardAnswerToAMessage_IsTheJsonTheConnectorGotBefore()
    {
        var incoming = Activity(Fixture.PersonalMessage);

        var built = ReplySender.Build(incoming, BotReply.Of(Card));

        // The reply as it was made before the attachment was cached: CreateReply, then copies adding the card.
        var earlier = incoming.CreateReply() with { ReplyToId = incoming.Id } with
        {
            Attachments = [Attachment.AdaptiveCard(Card.Content)],
            Summary = Card.FallbackText,
        };
        Assert.Equal(Json(earlier), Json(built));
        Assert.Equal(incoming.Id, built.ReplyToId);
        Assert.Null(built.Text);
    }

    [Fact]
    public void Build_OneCachedReplySentTwice_SharesItsAttachmentsAndCard()
    {
        var reply = BotReply.Of(Card);

        var first = ReplySender.Build(Activity(Fixture.PersonalMessage), reply);
        var second = ReplySender.Build(Activity(Fixture.PersonalMessage), reply);

        Assert.Same(first.Attachments, second.Attachments);
        Assert.Same(Card.Content, Assert.Single(first.Attachments!).Content);
        Assert.Equal(ContentTypes.AdaptiveCard, first.Attachments![0].ContentType);
    }

    [Theory]
    [InlineData(Fixture.ConversationUpdateInstall)]
    [InlineData(Fixture.InstallationUpdateAdd)]
    public void Build_InstallEvent_SendsANewMessageRatherThanAReply(string fixture)
    {
        var incoming = Activity(fixture);

        var built = ReplySender.Build(incoming, BotReply.Of(Card));

        Assert.Null(built.ReplyToId);
        Assert.DoesNotContain("replyToId", Json(built), StringComparison.Ordinal);
        Assert.Equal(Card.FallbackText, built.Summary);
    }

    [Fact]
    public void Build_TextReply_CarriesTheTextAndNoAttachments()
    {
        var incoming = Activity(Fixture.PersonalMessage);

        var built = ReplySender.Build(incoming, BotReply.Say("Tips are on."));

        Assert.Equal("Tips are on.", built.Text);
        Assert.Null(built.Attachments);
        Assert.Null(built.Summary);
        Assert.Equal(Json(incoming.CreateReply("Tips are on.")), Json(built));
    }

    private static CoreActivity Activity(string fixture) =>
        JsonSerializer.Deserialize(Fixture.Load(fixture).ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;

    private static string Json(CoreActivity activity) => JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.CoreActivity);
}
