namespace OrientationBot.Conversations;

/// <summary>How a turn answers; bound to the "Conversations" configuration section.</summary>
internal sealed class ConversationOptions
{
    /// <summary>
    /// How long a turn's Connector call may take, retries included, before the reply is given up. Replies go out
    /// before the inbound request is answered, so this stays under the Bot Service's 15-second limit (brief §0).
    /// </summary>
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest question handed to the answerer, in characters; the rest is dropped. Bounds a turn's work.</summary>
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>
    /// How many questions keep their finished answer card in memory; 0 turns the cache off. The knowledge never changes
    /// while the bot runs, so a repeated question gets the same card, and answering costs far more than the HTTP round trip.
    /// </summary>
    public int AnswerCacheSize { get; set; } = 1000;

    /// <summary>How many units a message-extension search returns at most.</summary>
    public int MaxSearchResults { get; set; } = 10;
}
