using Microsoft.Data.Sqlite;

namespace OrientationBot.Storage;

internal sealed partial class SqliteBotStore
{
    public async Task<IReadOnlyList<TipDelivery>> GetDeliveriesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT conversation_id, seq, tip_id, kind, local_date, state, claimed_at, confirmed_at
            FROM tip_deliveries WHERE conversation_id = $id ORDER BY seq
            """, ("$id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<TipDelivery>();
        while (await reader.ReadAsync(cancellationToken))
            deliveries.Add(ReadDelivery(reader));
        return deliveries;
    }

    public async Task<ClaimOutcome> TryClaimDeliveryAsync(TipDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: the checks and the insert see the same ledger even with another writer waiting.
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (delivery.Kind == DeliveryKind.Daily
            && await ExistsAsync(connection, transaction, cancellationToken,
                "SELECT 1 FROM tip_deliveries WHERE conversation_id = $id AND kind = 'daily' AND local_date = $date",
                ("$id", delivery.ConversationId), ("$date", SqliteValues.Date(delivery.LocalDate))))
            return ClaimOutcome.DayTaken;
        if (await ExistsAsync(connection, transaction, cancellationToken,
                "SELECT 1 FROM tip_deliveries WHERE conversation_id = $id AND seq = $seq",
                ("$id", delivery.ConversationId), ("$seq", delivery.Sequence)))
            return ClaimOutcome.SequenceTaken;

        await using var insert = Command(connection, """
            INSERT INTO tip_deliveries (conversation_id, seq, tip_id, kind, local_date, state, claimed_at, confirmed_at)
            VALUES ($id, $seq, $tipId, $kind, $date, $state, $claimedAt, $confirmedAt)
            """,
            ("$id", delivery.ConversationId), ("$seq", delivery.Sequence), ("$tipId", delivery.TipId),
            ("$kind", StoredWords.Kind(delivery.Kind)), ("$date", SqliteValues.Date(delivery.LocalDate)),
            ("$state", StoredWords.State(delivery.State)), ("$claimedAt", SqliteValues.Instant(delivery.ClaimedAt)),
            ("$confirmedAt", delivery.ConfirmedAt is { } confirmed ? SqliteValues.Instant(confirmed) : null));
        insert.Transaction = transaction;
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ClaimOutcome.Claimed;
    }

    public async Task ConfirmDeliveryAsync(string conversationId, int sequence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.ConfirmDelivery,
            ("@id", conversationId), ("@seq", sequence), ("@at", SqliteValues.Instant(at)));
    }

    public async Task ReleaseDeliveryAsync(string conversationId, int sequence, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.ReleaseDelivery, ("@id", conversationId), ("@seq", sequence));
    }

    public async Task MarkDeliveryInDoubtAsync(string conversationId, int sequence, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.MarkDeliveryInDoubt, ("@id", conversationId), ("@seq", sequence));
    }

    public Task<int> MarkInDoubtDeliveriesAsync(DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken) =>
        ExecuteAsync(cancellationToken, StoreStatements.MarkInDoubtDeliveries, ("@before", SqliteValues.Instant(claimedAtOrBefore)));

    private static async Task<bool> ExistsAsync(SqliteConnection connection, SqliteTransaction transaction,
        CancellationToken cancellationToken, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static TipDelivery ReadDelivery(SqliteDataReader reader) => new(
        ConversationId: reader.GetString(0),
        Sequence: reader.GetInt32(1),
        TipId: reader.GetString(2),
        Kind: StoredWords.ParseKind(reader.GetString(3)),
        LocalDate: SqliteValues.ParseDate(reader.GetString(4)),
        State: StoredWords.ParseState(reader.GetString(5)),
        ClaimedAt: SqliteValues.ParseInstant(reader.GetString(6)),
        ConfirmedAt: reader.IsDBNull(7) ? null : SqliteValues.ParseInstant(reader.GetString(7)));
}
