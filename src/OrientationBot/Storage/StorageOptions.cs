namespace OrientationBot.Storage;

/// <summary>Where the bot keeps its state; bound to the "Storage" configuration section.</summary>
internal sealed class StorageOptions
{
    /// <summary>
    /// Folder for the SQLite database and the generated hash salt; relative paths are resolved against the content root.
    /// Unset, it is <see cref="DefaultDataDirectory"/>, or <see cref="LocalModeDataDirectory"/> in local mode.
    /// </summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    public const string DefaultDataDirectory = "data";

    /// <summary>
    /// Local mode's own data: its conversation references come from unauthenticated activities, and a bot with
    /// credentials must never trust (and send its token to) a service URL one of them names.
    /// </summary>
    public const string LocalModeDataDirectory = "data-local";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    public string DatabaseFile { get; set; } = "orientationbot.db";

    /// <summary>
    /// When set, the store is this PostgreSQL database (Npgsql syntax: "Host=…;Database=…;Username=…;Password=…"),
    /// shared by every instance; the tables go into the first schema of its search path. Empty keeps SQLite.
    /// </summary>
    public string PostgresConnectionString { get; set; } = "";

    /// <summary>Secret salt for hashing user ids in feedback; when empty, a random salt is generated once and kept in the data directory.</summary>
    public string UserHashSalt { get; set; } = "";

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>The data directory as an absolute path.</summary>
    public string ResolveDataDirectory(string contentRootPath) =>
        Path.GetFullPath(Path.Combine(contentRootPath, DataDirectory));
}
