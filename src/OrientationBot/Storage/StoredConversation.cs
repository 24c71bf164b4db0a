namespace OrientationBot.Storage;

/// <summary>
/// What a proactive message needs to reach a conversation (protocol brief §6.1), refreshed from every
/// authenticated inbound activity. User names are deliberately not kept: sending needs only the ids.
/// </summary>
internal sealed record StoredConversation
{
    public required string ConversationId { get; init; }

    /// <summary>Where to post; Teams may move a conversation to a new URL, so the newest activity wins.</summary>
    public required string ServiceUrl { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The user's Teams id ("29:…"), unique per bot.</summary>
    public required string UserId { get; init; }

    public string? UserAadObjectId { get; init; }

    /// <summary>The bot's own id in the conversation ("28:…").</summary>
    public required string BotId { get; init; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; init; }

    public string ChannelId { get; init; } = "msteams";

    public string? Locale { get; init; }

    /// <summary>IANA zone from the activity's localTimezone; null on upsert keeps the zone already stored.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Whether the activity it came from carried a validated Bot Connector token. Only such a reference's service URL
    /// may receive the bot's token in a proactive send; one written in local mode never does.
    /// </summary>
    public bool Authenticated { get; init; }
}
