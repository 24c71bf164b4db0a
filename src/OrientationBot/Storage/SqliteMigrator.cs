using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OrientationBot.Storage;

/// <summary>Brings a SQLite database up to <see cref="SqliteMigrations.LatestVersion"/>, one transaction per migration.</summary>
internal static class SqliteMigrator
{
    public static async Task<(int From, int To)> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file and cannot be switched inside a transaction, so it comes first.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """, cancellationToken);

        var from = await CurrentVersionAsync(connection, null, cancellationToken);
        if (from > SqliteMigrations.LatestVersion)
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' has schema version {from}, newer than this build knows ({SqliteMigrations.LatestVersion}): run a newer build, or point Storage:DataDirectory elsewhere.");

        foreach (var (version, name, sql) in SqliteMigrations.All)
        {
            // BEGIN IMMEDIATE takes the write lock first, so two processes starting together apply each migration once.
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (await CurrentVersionAsync(connection, transaction, cancellationToken) >= version)
                continue;
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO schema_version (version, name, applied_at) VALUES ({version.ToString(CultureInfo.InvariantCulture)}, $name, $at);",
                cancellationToken, ("$name", name), ("$at", SqliteValues.Instant(DateTimeOffset.UtcNow)));
            await transaction.CommitAsync(cancellationToken);
        }
        return (from, SqliteMigrations.LatestVersion);
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
