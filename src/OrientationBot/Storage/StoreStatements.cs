namespace OrientationBot.Storage;

/// <summary>
/// Statements both stores run word for word, kept once so the two cannot drift apart. Parameters are written
/// @name, which Microsoft.Data.Sqlite and Npgsql both accept; statements whose dialects differ stay in each store.
/// </summary>
internal static class StoreStatements
{
    public const string ConversationColumns =
        "c.conversation_id, c.service_url, c.tenant_id, c.user_id, c.user_aad_object_id, c.bot_id, c.conversation_type, c.channel_id, c.locale, " +
        "c.time_zone, c.authenticated";

    /// <summary>How many columns <see cref="ConversationColumns"/> names: where the next table's columns start in a join.</summary>
    public const int ConversationColumnCount = 11;

    // COALESCE keeps the zone from an earlier activity: not every activity carries localTimezone. The service URL and
    // whether it arrived authenticated always come from the same, newest activity.
    public const string UpsertConversation = """
        INSERT INTO conversations (conversation_id, service_url, tenant_id, user_id, user_aad_object_id, bot_id,
                                   conversation_type, channel_id, locale, time_zone, authenticated, created_at, updated_at)
        VALUES (@id, @serviceUrl, @tenantId, @userId, @aadObjectId, @botId, @type, @channelId, @locale, @timeZone, @authenticated, @at, @at)
        ON CONFLICT (conversation_id) DO UPDATE SET
            service_url = excluded.service_url,
            tenant_id = COALESCE(excluded.tenant_id, conversations.tenant_id),
            user_id = excluded.user_id,
            user_aad_object_id = COALESCE(excluded.user_aad_object_id, conversations.user_aad_object_id),
            bot_id = excluded.bot_id,
            conversation_type = COALESCE(excluded.conversation_type, conversations.conversation_type),
            channel_id = excluded.channel_id,
            locale = COALESCE(excluded.locale, conversations.locale),
            time_zone = COALESCE(excluded.time_zone, conversations.time_zone),
            authenticated = excluded.authenticated,
            updated_at = excluded.updated_at
        """;

    /// <summary>The values of <see cref="UpsertConversation"/> but <c>@at</c>, named without the prefix, each store adding its own.</summary>
    public static (string Name, object? Value)[] UpsertConversationParameters(StoredConversation conversation) =>
    [
        ("id", conversation.ConversationId), ("serviceUrl", conversation.ServiceUrl), ("tenantId", conversation.TenantId),
        ("userId", conversation.UserId), ("aadObjectId", conversation.UserAadObjectId), ("botId", conversation.BotId),
        ("type", conversation.ConversationType), ("channelId", conversation.ChannelId), ("locale", conversation.Locale),
        ("timeZone", conversation.TimeZone), ("authenticated", conversation.Authenticated),
    ];

    /// <summary>One vote per user per answer: a later one replaces it (<see cref="IBotStore.RecordFeedbackAsync"/>).</summary>
    public const string RecordVote = """
        INSERT INTO feedback (question, unit_id, helpful, comment, user_hash, at, vote_key)
        VALUES (@question, @unitId, @helpful, @comment, @userHash, @at, @voteKey)
        ON CONFLICT (user_hash, vote_key) WHERE vote_key IS NOT NULL DO UPDATE SET
            question = excluded.question, helpful = excluded.helpful, comment = excluded.comment, at = excluded.at
        """;

    /// <summary>What makes two votes one: the same user on the same question (as <see cref="QuestionKey"/> reads it) and unit.</summary>
    public static string VoteKey(string question, string? unitId) => QuestionKey.Normalise(question) + "\n" + unitId;

    // Unconfirmed too: recovery may have marked a send in doubt that was only slow.
    public const string ConfirmDelivery = """
        UPDATE tip_deliveries SET state = 'sent', confirmed_at = @at
        WHERE conversation_id = @id AND seq = @seq AND state IN ('sending', 'unconfirmed')
        """;

    public const string ReleaseDelivery =
        "DELETE FROM tip_deliveries WHERE conversation_id = @id AND seq = @seq AND state = 'sending'";

    public const string MarkDeliveryInDoubt =
        "UPDATE tip_deliveries SET state = 'unconfirmed' WHERE conversation_id = @id AND seq = @seq AND state = 'sending'";

    public const string MarkInDoubtDeliveries =
        "UPDATE tip_deliveries SET state = 'unconfirmed' WHERE state = 'sending' AND claimed_at <= @before";
}
