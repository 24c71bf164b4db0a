using Microsoft.Data.Sqlite;

namespace OrientationBot.Storage;

/// <summary>
/// The default store: one SQLite file in the data directory, WAL mode so the tip run's writes do not block
/// the conversation layer's reads. One pooled connection per operation keeps it safe to call from many threads.
/// Split by concern into partial files: conversations here, then subscriptions, the ledger and feedback.
/// </summary>
internal sealed partial class SqliteBotStore : IBotStore, IDisposable
{
    private readonly string _connectionString;
    private readonly ILogger<SqliteBotStore> _logger;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    public SqliteBotStore(string databasePath, ILogger<SqliteBotStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds a writer waits for another writer's lock before failing
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
            return;
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
                return;
            PrivateFiles.CreateFolder(Path.GetDirectoryName(DatabasePath)!);
            PrivateFiles.EnsureExists(DatabasePath);
            await using var connection = await OpenRawAsync(cancellationToken);
            var (from, to) = await SqliteMigrator.MigrateAsync(connection, cancellationToken);
            _logger.StoreReady(DatabasePath, from, to);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    public Task UpsertConversationAsync(StoredConversation conversation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return UpsertAsync([conversation], at, Durability.Full, cancellationToken);
    }

    // A batch is the recorder's write-behind refresh, whose loss on a power cut costs nothing (each reference is
    // written again on its conversation's next activity), so it skips the sync to disk. WAL with synchronous NORMAL
    // still survives the process dying, and the next FULL commit syncs these frames too.
    public Task UpsertConversationsAsync(
        IReadOnlyCollection<StoredConversation> conversations, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpsertAsync(conversations, at, Durability.Normal, cancellationToken);

    private async Task UpsertAsync(
        IReadOnlyCollection<StoredConversation> conversations, DateTimeOffset at, Durability durability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        await using var connection = await OpenAsync(cancellationToken, durability);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        // One command, prepared once and bound per row.
        await using var command = Command(connection, StoreStatements.UpsertConversation);
        command.Transaction = transaction;
        foreach (var conversation in conversations)
        {
            command.Parameters.Clear();
            foreach (var (name, value) in StoreStatements.UpsertConversationParameters(conversation))
                command.Parameters.AddWithValue("@" + name, value ?? DBNull.Value);
            command.Parameters.AddWithValue("@at", SqliteValues.Instant(at));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {StoreStatements.ConversationColumns} FROM conversations c WHERE c.conversation_id = $id",
            ("$id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadConversation(reader, 0) : null;
    }

    public async Task<bool> UpdateTimeZoneAsync(string conversationId, string timeZone, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE conversations SET time_zone = $zone WHERE conversation_id = $id",
            ("$id", conversationId), ("$zone", timeZone));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "INSERT INTO welcomed (conversation_id, welcomed_at) VALUES ($id, $at) ON CONFLICT (conversation_id) DO NOTHING",
            ("$id", conversationId), ("$at", SqliteValues.Instant(at)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task UnmarkWelcomedAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM welcomed WHERE conversation_id = $id", ("$id", conversationId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ForgetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in (string[])["tip_deliveries", "subscriptions", "welcomed", "conversations"])
        {
            await using var command = Command(connection, $"DELETE FROM {table} WHERE conversation_id = $id", ("$id", conversationId));
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        // Pooled handles keep the file open; release them so tests can delete their temp files.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initializing.Dispose();
    }

    private static StoredConversation ReadConversation(SqliteDataReader reader, int offset) => new()
    {
        ConversationId = reader.GetString(offset),
        ServiceUrl = reader.GetString(offset + 1),
        TenantId = NullableString(reader, offset + 2),
        UserId = reader.GetString(offset + 3),
        UserAadObjectId = NullableString(reader, offset + 4),
        BotId = reader.GetString(offset + 5),
        ConversationType = NullableString(reader, offset + 6),
        ChannelId = reader.GetString(offset + 7),
        Locale = NullableString(reader, offset + 8),
        TimeZone = NullableString(reader, offset + 9),
        Authenticated = reader.GetBoolean(offset + 10),
    };

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(cancellationToken, "BEGIN IMMEDIATE; ROLLBACK;");
    }

    /// <summary>One statement on its own connection: the shape of most of the store's writes. (The token comes first only because the parameters are a params list.)</summary>
    private async Task<int> ExecuteAsync(CancellationToken cancellationToken, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private enum Durability
    {
        Full,
        Normal,
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, Durability durability = Durability.Full)
    {
        await InitializeAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken, durability);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken, Durability durability = Durability.Full)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // FULL makes every commit durable even on power loss: the ledger's "claimed before sending" is
            // only worth having if the claim survives. Per connection, so set on every open.
            var synchronous = durability == Durability.Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";
            await using var pragma = Command(connection, synchronous);
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
