using OrientationBot.Cards;

namespace OrientationBot.Conversations;

/// <summary>What the bot says back in a turn: a card, or a short line of plain text for confirmations.</summary>
internal sealed record BotReply
{
    private BotReply()
    {
    }

    public BotCard? Card { get; private init; }

    public string? Text { get; private init; }

    public static BotReply Of(BotCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new BotReply { Card = card };
    }

    public static BotReply Say(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new BotReply { Text = text };
    }
}
