using Microsoft.Data.Sqlite;

namespace OrientationBot.Storage;

internal sealed partial class SqliteBotStore
{
    private const string SubscriptionColumns =
        "s.conversation_id, s.status, s.delivery_minutes, s.start_date, s.ended_reason, s.ended_at, s.retry_at";

    public async Task<StoredSubscription?> GetSubscriptionAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {SubscriptionColumns} FROM subscriptions s WHERE s.conversation_id = $id",
            ("$id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSubscription(reader, 0) : null;
    }

    public async Task SaveSubscriptionAsync(StoredSubscription subscription, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await ExecuteAsync(cancellationToken, """
            INSERT INTO subscriptions (conversation_id, status, delivery_minutes, start_date, ended_reason, ended_at, retry_at, updated_at)
            VALUES ($id, $status, $minutes, $start, $reason, $endedAt, $retryAt, $at)
            ON CONFLICT (conversation_id) DO UPDATE SET
                status = excluded.status, delivery_minutes = excluded.delivery_minutes, start_date = excluded.start_date,
                ended_reason = excluded.ended_reason, ended_at = excluded.ended_at, retry_at = excluded.retry_at,
                updated_at = excluded.updated_at
            """,
            ("$id", subscription.ConversationId), ("$status", StoredWords.Status(subscription.Status)),
            ("$minutes", subscription.DeliveryTime.Hour * 60 + subscription.DeliveryTime.Minute),
            ("$start", SqliteValues.Date(subscription.StartDate)), ("$reason", subscription.EndedReason),
            ("$endedAt", subscription.EndedAt is { } endedAt ? SqliteValues.Instant(endedAt) : null),
            ("$retryAt", subscription.RetryAt is { } retryAt ? SqliteValues.Instant(retryAt) : null),
            ("$at", SqliteValues.Instant(at)));
    }

    public async Task<IReadOnlyList<TipRecipient>> GetActiveRecipientsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The correlated MAX uses the partial unique index on (conversation_id, local_date) for daily rows.
        await using var command = Command(connection, $"""
            SELECT {StoreStatements.ConversationColumns}, {SubscriptionColumns},
                   (SELECT MAX(d.local_date) FROM tip_deliveries d
                     WHERE d.conversation_id = s.conversation_id AND d.kind = 'daily') AS last_daily
            FROM subscriptions s
            JOIN conversations c ON c.conversation_id = s.conversation_id
            WHERE s.status = 'active'
            ORDER BY s.conversation_id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recipients = new List<TipRecipient>();
        var lastDailyColumn = reader.GetOrdinal("last_daily");
        while (await reader.ReadAsync(cancellationToken))
        {
            var lastDaily = reader.IsDBNull(lastDailyColumn) ? (DateOnly?)null : SqliteValues.ParseDate(reader.GetString(lastDailyColumn));
            recipients.Add(new TipRecipient(ReadConversation(reader, 0), ReadSubscription(reader, StoreStatements.ConversationColumnCount), lastDaily));
        }
        return recipients;
    }

    public async Task EndSubscriptionAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, """
            UPDATE subscriptions SET status = 'ended', ended_reason = $reason, ended_at = $at, retry_at = NULL, updated_at = $at
            WHERE conversation_id = $id
            """,
            ("$id", conversationId), ("$reason", reason), ("$at", SqliteValues.Instant(at)));
    }

    public async Task DeferSubscriptionAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, "UPDATE subscriptions SET retry_at = $until WHERE conversation_id = $id",
            ("$id", conversationId), ("$until", SqliteValues.Instant(until)));
    }

    public async Task<bool> TryLeaseRecipientAsync(string conversationId, string owner, DateTimeOffset now, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return await ExecuteAsync(cancellationToken, """
            UPDATE subscriptions SET lease_owner = $owner, lease_until = $until
            WHERE conversation_id = $id AND (lease_until IS NULL OR lease_until <= $now OR lease_owner = $owner)
            """,
            ("$id", conversationId), ("$owner", owner), ("$now", SqliteValues.Instant(now)), ("$until", SqliteValues.Instant(until))) == 1;
    }

    private static StoredSubscription ReadSubscription(SqliteDataReader reader, int offset)
    {
        var minutes = reader.GetInt32(offset + 2);
        return new StoredSubscription
        {
            ConversationId = reader.GetString(offset),
            Status = StoredWords.ParseStatus(reader.GetString(offset + 1)),
            DeliveryTime = new TimeOnly(minutes / 60, minutes % 60),
            StartDate = SqliteValues.ParseDate(reader.GetString(offset + 3)),
            EndedReason = NullableString(reader, offset + 4),
            EndedAt = reader.IsDBNull(offset + 5) ? null : SqliteValues.ParseInstant(reader.GetString(offset + 5)),
            RetryAt = reader.IsDBNull(offset + 6) ? null : SqliteValues.ParseInstant(reader.GetString(offset + 6)),
        };
    }
}
