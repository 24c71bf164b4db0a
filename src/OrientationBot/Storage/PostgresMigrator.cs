using Npgsql;

namespace OrientationBot.Storage;

/// <summary>
/// Brings a PostgreSQL schema up to <see cref="PostgresMigrations.LatestVersion"/> in one transaction. An advisory
/// lock serialises instances starting together: the second waits, then finds nothing left to do.
/// </summary>
internal static class PostgresMigrator
{
    // Any fixed number, the same in every build: the lock is on the number, not on a table.
    private const long MigrationLockKey = 0x4F42_4D49_4752_4154; // "OBMIGRAT"

    public static async Task<(int From, int To)> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        // Unqualified names: the tables go into the first schema of the connection's search path.
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        await using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
        var from = (int)(await current.ExecuteScalarAsync(cancellationToken))!;
        if (from > PostgresMigrations.LatestVersion)
            throw new InvalidOperationException(
                $"The PostgreSQL database '{connection.Database}' has schema version {from}, newer than this build knows ({PostgresMigrations.LatestVersion}): run a newer build, or point Storage:PostgresConnectionString elsewhere.");

        foreach (var (version, name, sql) in PostgresMigrations.All.Where(m => m.Version > from))
        {
            await ExecuteAsync(connection, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2)", connection)
            {
                Parameters = { new() { Value = version }, new() { Value = name } },
            };
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (from, PostgresMigrations.LatestVersion);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
