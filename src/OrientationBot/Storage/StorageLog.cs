namespace OrientationBot.Storage;

/// <summary>Storage log lines, event ids 45xx (inside the tips area, 4xxx, whose feature owns the store).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "Store ready at {DatabasePath}: schema version {FromVersion} -> {ToVersion}")]
    public static partial void StoreReady(this ILogger logger, string databasePath, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information, Message = "Generated a new user-hash salt in the data directory ({FileName}); keep it with the database")]
    public static partial void UserHashSaltGenerated(this ILogger logger, string fileName);

    // Host, port, database and schema only: the connection string's password never reaches a log.
    [LoggerMessage(EventId = 4503, Level = LogLevel.Information, Message = "PostgreSQL store ready at {Host}:{Port}, database {Database}, schema {Schema}: schema version {FromVersion} -> {ToVersion}")]
    public static partial void PostgresStoreReady(this ILogger logger, string host, int port, string database, string schema, int fromVersion, int toVersion);
}
