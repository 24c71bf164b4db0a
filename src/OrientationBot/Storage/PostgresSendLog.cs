using Npgsql;

namespace OrientationBot.Storage;

/// <summary>
/// The send log in the shared database, so Teams' per-tenant limit holds across every instance, not per instance.
/// Each call is one batch, one implicit transaction: an advisory lock per tenant orders the instances, and it is
/// released when the batch ends, so an instance that dies mid-call holds nothing. Instances' clocks are compared
/// with each other here: keep the hosts on NTP. The tables come with the store's schema (<see cref="PostgresMigrations"/>).
/// </summary>
internal sealed class PostgresSendLog(NpgsqlDataSource dataSource) : ITenantSendLog
{
    // The advisory lock's first key, so the per-tenant locks cannot meet the migration lock or anyone else's.
    private const int LockSpace = 0x4F42_5357; // "OBSW"

    public async Task<DateTimeOffset?> TryRecordSendAsync(string tenantKey, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Statement("SELECT pg_advisory_xact_lock($1, hashtext($2))", LockSpace, tenantKey),
                Statement("DELETE FROM tip_send_window WHERE tenant_key = $1 AND sent_at <= $2", tenantKey, now - SendWindow.Length),
                // The CTE reads the window as it was before the insert: count and oldest are of the others' sends.
                Statement("""
                    WITH window_now AS (
                        SELECT COUNT(*) AS recent, MIN(sent_at) AS oldest FROM tip_send_window WHERE tenant_key = $1),
                    pause AS (
                        SELECT paused_until FROM tip_tenant_pauses WHERE tenant_key = $1 AND paused_until > $2),
                    granted AS (
                        INSERT INTO tip_send_window (tenant_key, sent_at)
                        SELECT $1, $2 FROM window_now WHERE recent < $3 AND NOT EXISTS (SELECT 1 FROM pause)
                        RETURNING 1)
                    SELECT EXISTS (SELECT 1 FROM granted),
                           GREATEST((SELECT paused_until FROM pause),
                                    (SELECT oldest + interval '1 second' FROM window_now WHERE recent >= $3))
                    """, tenantKey, now, limit),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // The answer is the last statement's one row; step over the lock's result.
        while (reader.FieldCount != 2)
        {
            if (!await reader.NextResultAsync(cancellationToken))
                throw new InvalidDataException("The send window query returned no answer.");
        }
        await reader.ReadAsync(cancellationToken);
        return reader.GetBoolean(0) ? null : reader.GetFieldValue<DateTimeOffset>(1);
    }

    public async Task PauseAsync(string tenantKey, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO tip_tenant_pauses (tenant_key, paused_until) VALUES ($1, $2)
            ON CONFLICT (tenant_key) DO UPDATE SET paused_until = GREATEST(tip_tenant_pauses.paused_until, excluded.paused_until)
            """, connection)
        {
            Parameters = { new() { Value = tenantKey }, new() { Value = until.ToUniversalTime() } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Statement(string sql, params object[] values)
    {
        var statement = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            statement.Parameters.Add(new NpgsqlParameter { Value = value });
        return statement;
    }
}
