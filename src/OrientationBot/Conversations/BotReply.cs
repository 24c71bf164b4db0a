using OrientationBot.Cards;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>What the bot says back in a turn: a card, or a short line of plain text for confirmations.</summary>
internal sealed record BotReply
{
    private BotReply()
    {
    }

    public BotCard? Card { get; private init; }

    /// <summary>
    /// The card as the reply's one attachment, made once: a cached answer is sent many times, and attachments and
    /// card are never changed after building, so every reply can share them.
    /// </summary>
    public IReadOnlyList<Attachment>? Attachments { get; private init; }

    public string? Text { get; private init; }

    /// <summary>The id of the bot's earlier message this card replaces in place (a card that shows the vote); else null.</summary>
    public string? Replaces { get; private init; }

    public static BotReply Of(BotCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new BotReply { Card = card, Attachments = [Attachment.AdaptiveCard(card.Content)] };
    }

    /// <summary>The card, put in place of the bot's message <paramref name="activityId"/> rather than sent as a new one.</summary>
    public static BotReply Replacing(string activityId, BotCard card)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        return Of(card) with { Replaces = activityId };
    }

    public static BotReply Say(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new BotReply { Text = text };
    }
}
