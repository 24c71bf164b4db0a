using Npgsql;

namespace OrientationBot.Storage;

internal sealed partial class PostgresBotStore
{
    public async Task<IReadOnlyList<TipDelivery>> GetDeliveriesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT conversation_id, seq, tip_id, kind, local_date, state, claimed_at, confirmed_at
            FROM tip_deliveries WHERE conversation_id = @id ORDER BY seq
            """, ("id", conversationId));
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
        // One statement: the unique keys decide between instances. The day check reads the ledger as it was before
        // the insert, so a row taken by a concurrent claim may come back as SequenceTaken; the caller re-reads either way.
        await using var command = Command(connection, """
            WITH claimed AS (
                INSERT INTO tip_deliveries (conversation_id, seq, tip_id, kind, local_date, state, claimed_at, confirmed_at)
                VALUES (@id, @seq, @tipId, @kind, @date, @state, @claimedAt, @confirmedAt)
                ON CONFLICT DO NOTHING
                RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM claimed),
                   @kind = 'daily' AND EXISTS (SELECT 1 FROM tip_deliveries
                                              WHERE conversation_id = @id AND kind = 'daily' AND local_date = @date)
            """,
            ("id", delivery.ConversationId), ("seq", delivery.Sequence), ("tipId", delivery.TipId),
            ("kind", StoredWords.Kind(delivery.Kind)), ("date", delivery.LocalDate), ("state", StoredWords.State(delivery.State)),
            ("claimedAt", delivery.ClaimedAt.ToUniversalTime()), ("confirmedAt", delivery.ConfirmedAt?.ToUniversalTime()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetBoolean(0) ? ClaimOutcome.Claimed
            : reader.GetBoolean(1) ? ClaimOutcome.DayTaken
            : ClaimOutcome.SequenceTaken;
    }

    public async Task ConfirmDeliveryAsync(string conversationId, int sequence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.ConfirmDelivery,
            ("id", conversationId), ("seq", sequence), ("at", at.ToUniversalTime()));
    }

    public async Task ReleaseDeliveryAsync(string conversationId, int sequence, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.ReleaseDelivery,
            ("id", conversationId), ("seq", sequence));
    }

    public async Task MarkDeliveryInDoubtAsync(string conversationId, int sequence, CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, StoreStatements.MarkDeliveryInDoubt,
            ("id", conversationId), ("seq", sequence));
    }

    public Task<int> MarkInDoubtDeliveriesAsync(DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken) =>
        ExecuteAsync(cancellationToken, StoreStatements.MarkInDoubtDeliveries, ("before", claimedAtOrBefore.ToUniversalTime()));

    private static TipDelivery ReadDelivery(NpgsqlDataReader reader) => new(
        ConversationId: reader.GetString(0),
        Sequence: reader.GetInt32(1),
        TipId: reader.GetString(2),
        Kind: StoredWords.ParseKind(reader.GetString(3)),
        LocalDate: reader.GetFieldValue<DateOnly>(4),
        State: StoredWords.ParseState(reader.GetString(5)),
        ClaimedAt: reader.GetFieldValue<DateTimeOffset>(6),
        ConfirmedAt: ValueOrNull<DateTimeOffset?>(reader, 7));
}
