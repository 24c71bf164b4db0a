using Npgsql;

namespace OrientationBot.Storage;

/// <summary>
/// The store for several instances: one PostgreSQL database (schema from the search path) shared by all of them.
/// Every operation is a single statement or a single-round-trip batch, so no lock is ever held while the bot
/// waits on anything else, and an instance that dies mid-operation leaves nothing half done. Split by concern
/// into partial files like <see cref="SqliteBotStore"/>.
/// </summary>
internal sealed partial class PostgresBotStore(NpgsqlDataSource dataSource, ILogger<PostgresBotStore> logger) : IBotStore
{
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
            return;
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
                return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var (from, to) = await PostgresMigrator.MigrateAsync(connection, cancellationToken);
            var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            logger.PostgresStoreReady(settings.Host ?? "", settings.Port, connection.Database, settings.SearchPath ?? "public", from, to);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        // A read-only server (a standby after a failover, or default_transaction_read_only) would fail every write.
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW transaction_read_only", connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is "on")
            throw new InvalidOperationException("The PostgreSQL server accepts no writes (transaction_read_only is on): point Storage:PostgresConnectionString at the primary.");
    }

    public Task UpsertConversationAsync(StoredConversation conversation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return UpsertConversationsAsync([conversation], at, cancellationToken);
    }

    public async Task UpsertConversationsAsync(
        IReadOnlyCollection<StoredConversation> conversations, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var conversation in conversations)
        {
            var command = new NpgsqlBatchCommand(StoreStatements.UpsertConversation);
            foreach (var (name, value) in StoreStatements.UpsertConversationParameters(conversation))
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            command.Parameters.AddWithValue("at", at.ToUniversalTime());
            batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0)
            await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {StoreStatements.ConversationColumns} FROM conversations c WHERE c.conversation_id = @id",
            ("id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadConversation(reader, 0) : null;
    }

    public async Task<bool> UpdateTimeZoneAsync(string conversationId, string timeZone, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        return await ExecuteAsync(cancellationToken, "UPDATE conversations SET time_zone = @zone WHERE conversation_id = @id",
            ("id", conversationId), ("zone", timeZone)) == 1;
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(cancellationToken,
            "INSERT INTO welcomed (conversation_id, welcomed_at) VALUES (@id, @at) ON CONFLICT (conversation_id) DO NOTHING",
            ("id", conversationId), ("at", at.ToUniversalTime())) == 1;

    public async Task UnmarkWelcomedAsync(string conversationId, CancellationToken cancellationToken) =>
        await ExecuteAsync(cancellationToken, "DELETE FROM welcomed WHERE conversation_id = @id", ("id", conversationId));

    public async Task ForgetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One batch runs as one implicit transaction: all four deletes or none.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var table in (string[])["tip_deliveries", "subscriptions", "welcomed", "conversations"])
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {table} WHERE conversation_id = $1") { Parameters = { new() { Value = conversationId } } });
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredConversation ReadConversation(NpgsqlDataReader reader, int offset) => new()
    {
        ConversationId = reader.GetString(offset),
        ServiceUrl = reader.GetString(offset + 1),
        TenantId = ValueOrNull<string>(reader, offset + 2),
        UserId = reader.GetString(offset + 3),
        UserAadObjectId = ValueOrNull<string>(reader, offset + 4),
        BotId = reader.GetString(offset + 5),
        ConversationType = ValueOrNull<string>(reader, offset + 6),
        ChannelId = reader.GetString(offset + 7),
        Locale = ValueOrNull<string>(reader, offset + 8),
        TimeZone = ValueOrNull<string>(reader, offset + 9),
        Authenticated = reader.GetBoolean(offset + 10),
    };

    private static T? ValueOrNull<T>(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);

    /// <summary>One statement on its own connection. (The token comes first only because the parameters are a params list.)</summary>
    private async Task<int> ExecuteAsync(CancellationToken cancellationToken, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
