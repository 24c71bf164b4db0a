using Npgsql;

namespace OrientationBot.Storage;

internal sealed partial class PostgresBotStore
{
    private const string SubscriptionColumns =
        "s.conversation_id, s.status, s.delivery_time, s.start_date, s.ended_reason, s.ended_at, s.retry_at";

    public async Task<StoredSubscription?> GetSubscriptionAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {SubscriptionColumns} FROM subscriptions s WHERE s.conversation_id = @id",
            ("id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSubscription(reader, 0) : null;
    }

    public async Task SaveSubscriptionAsync(StoredSubscription subscription, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await ExecuteAsync(cancellationToken, """
            INSERT INTO subscriptions (conversation_id, status, delivery_time, start_date, ended_reason, ended_at, retry_at, updated_at)
            VALUES (@id, @status, @time, @start, @reason, @endedAt, @retryAt, @at)
            ON CONFLICT (conversation_id) DO UPDATE SET
                status = excluded.status, delivery_time = excluded.delivery_time, start_date = excluded.start_date,
                ended_reason = excluded.ended_reason, ended_at = excluded.ended_at, retry_at = excluded.retry_at,
                updated_at = excluded.updated_at
            """,
            ("id", subscription.ConversationId), ("status", StoredWords.Status(subscription.Status)),
            ("time", new TimeOnly(subscription.DeliveryTime.Hour, subscription.DeliveryTime.Minute)),
            ("start", subscription.StartDate), ("reason", subscription.EndedReason),
            ("endedAt", subscription.EndedAt?.ToUniversalTime()), ("retryAt", subscription.RetryAt?.ToUniversalTime()),
            ("at", at.ToUniversalTime()));
    }

    public async Task<IReadOnlyList<TipRecipient>> GetActiveRecipientsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // COLLATE "C": the same byte order as SQLite, whatever the database's locale.
        await using var command = Command(connection, $"""
            SELECT {StoreStatements.ConversationColumns}, {SubscriptionColumns},
                   (SELECT MAX(d.local_date) FROM tip_deliveries d
                     WHERE d.conversation_id = s.conversation_id AND d.kind = 'daily') AS last_daily
            FROM subscriptions s
            JOIN conversations c ON c.conversation_id = s.conversation_id
            WHERE s.status = 'active'
            ORDER BY s.conversation_id COLLATE "C"
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recipients = new List<TipRecipient>();
        var lastDailyColumn = reader.GetOrdinal("last_daily");
        while (await reader.ReadAsync(cancellationToken))
        {
            recipients.Add(new TipRecipient(
                ReadConversation(reader, 0), ReadSubscription(reader, StoreStatements.ConversationColumnCount), ValueOrNull<DateOnly?>(reader, lastDailyColumn)));
        }
        return recipients;
    }

    public async Task EndSubscriptionAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, """
            UPDATE subscriptions SET status = 'ended', ended_reason = @reason, ended_at = @at, retry_at = NULL, updated_at = @at
            WHERE conversation_id = @id
            """,
            ("id", conversationId), ("reason", reason), ("at", at.ToUniversalTime()));
    }

    public async Task DeferSubscriptionAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, "UPDATE subscriptions SET retry_at = @until WHERE conversation_id = @id",
            ("id", conversationId), ("until", until.ToUniversalTime()));
    }

    public async Task<bool> TryLeaseRecipientAsync(string conversationId, string owner, DateTimeOffset now, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        // SKIP LOCKED: if another instance is leasing the same row this instant, it has the user; do not wait for it.
        return await ExecuteAsync(cancellationToken, """
            UPDATE subscriptions SET lease_owner = @owner, lease_until = @until
            WHERE conversation_id = (
                SELECT conversation_id FROM subscriptions
                WHERE conversation_id = @id AND (lease_until IS NULL OR lease_until <= @now OR lease_owner = @owner)
                FOR UPDATE SKIP LOCKED)
            """,
            ("id", conversationId), ("owner", owner), ("now", now.ToUniversalTime()), ("until", until.ToUniversalTime())) == 1;
    }

    private static StoredSubscription ReadSubscription(NpgsqlDataReader reader, int offset) => new()
    {
        ConversationId = reader.GetString(offset),
        Status = StoredWords.ParseStatus(reader.GetString(offset + 1)),
        DeliveryTime = reader.GetFieldValue<TimeOnly>(offset + 2),
        StartDate = reader.GetFieldValue<DateOnly>(offset + 3),
        EndedReason = ValueOrNull<string>(reader, offset + 4),
        EndedAt = ValueOrNull<DateTimeOffset?>(reader, offset + 5),
        RetryAt = ValueOrNull<DateTimeOffset?>(reader, offset + 6),
    };
}
