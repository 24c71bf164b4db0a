using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Storage;

/// <summary>The store contract against a real SQLite file, plus what only SQLite has: the file, WAL, schema_version.</summary>
public sealed class SqliteBotStoreTests : BotStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "orientationbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteBotStore> _opened = [];

    private string DatabasePath => Path.Combine(_folder, "data", "bot.db");

    private protected override IBotStore CreateStore() => Open();

    [Fact]
    public async Task Initialize_OnANewFolder_CreatesTheFileInWalModeAtTheLatestSchemaVersion()
    {
        await Store.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteMigrations.LatestVersion, Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal((long)SqliteMigrations.All.Count, Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    /// <summary>The folder and every file of the store are the owner's alone from the moment they exist.</summary>
    [Fact]
    public async Task Initialize_OnANewFolder_CreatesFolderAndFilesForTheOwnerAlone()
    {
        if (OperatingSystem.IsWindows())
            return; // Unix modes only

        await Store.InitializeAsync(CancellationToken.None);
        await Store.TryMarkWelcomedAsync("a:1", DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(DatabasePath)!));
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, "bot.db*"))
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains(Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!), f => f.EndsWith("-wal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Initialize_ADatabaseFromANewerBuild_FailsNamingBothVersions()
    {
        await Store.InitializeAsync(CancellationToken.None);
        Scalar("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01');");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open().InitializeAsync(CancellationToken.None));

        Assert.Contains($"schema version 999, newer than this build knows ({SqliteMigrations.LatestVersion})", error.Message);
    }

    /// <summary>References stored before the flag existed: local mode's own service URLs are http, Teams' are https.</summary>
    [Fact]
    public async Task Initialize_ADatabaseFromBeforeTheAuthenticatedFlag_TrustsOnlyItsHttpsReferences()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var earlier = SqliteMigrations.All.Where(m => m.Version < 3).ToList();
        Scalar("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
            + string.Concat(earlier.Select(m => m.Sql + $"INSERT INTO schema_version VALUES ({m.Version}, 'before', '2026-11-01');"))
            + """
              INSERT INTO conversations (conversation_id, service_url, user_id, bot_id, channel_id, created_at, updated_at)
              VALUES ('a:teams', 'https://smba.trafficmanager.net/emea/', '29:u1', '28:bot', 'msteams', '2026-11-01', '2026-11-01'),
                     ('a:local', 'http://localhost:3978/', '29:u2', '28:bot', 'msteams', '2026-11-01', '2026-11-01');
              """);

        await Store.InitializeAsync(CancellationToken.None);

        Assert.True((await Store.GetConversationAsync("a:teams", CancellationToken.None))!.Authenticated);
        Assert.False((await Store.GetConversationAsync("a:local", CancellationToken.None))!.Authenticated);
    }

    [Fact]
    public async Task Store_ReopenedOnTheSameFile_KeepsWhatWasWritten()
    {
        await Store.UpsertConversationAsync(Conversation("a:1"), DateTimeOffset.UnixEpoch, CancellationToken.None);

        var reopened = Open();

        Assert.Equal(Conversation("a:1"), await reopened.GetConversationAsync("a:1", CancellationToken.None));
    }

    public override void Dispose()
    {
        base.Dispose();
        foreach (var store in _opened)
            store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private SqliteBotStore Open()
    {
        var store = new SqliteBotStore(DatabasePath, NullLogger<SqliteBotStore>.Instance);
        _opened.Add(store);
        return store;
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
