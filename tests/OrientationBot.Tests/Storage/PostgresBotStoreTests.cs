using Microsoft.Extensions.Logging.Abstractions;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Storage;

/// <summary>The store contract against the PostgreSQL test server, plus what only PostgreSQL has: several instances migrating at once.</summary>
[NeedsPostgres]
public sealed class PostgresBotStoreTests : BotStoreContractTests
{
    private TestSchema? _schema;

    private TestSchema Schema => _schema ??= TestPostgres.CreateSchema();

    private protected override IBotStore CreateStore() => Open();

    [StoreFact]
    public async Task Initialize_ByThreeInstancesStartingTogether_MigratesOnceAndAllSucceed()
    {
        var instances = Enumerable.Range(0, 3).Select(i => Open($"instance-{i}")).ToList();

        await Task.WhenAll(instances.Select(store => Task.Run(() => store.InitializeAsync(CancellationToken.None))));

        Assert.Equal((long)PostgresMigrations.All.Count, Schema.Scalar("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(PostgresMigrations.LatestVersion, Schema.Scalar("SELECT MAX(version) FROM schema_version"));
    }

    [StoreFact]
    public async Task Initialize_ASchemaFromANewerBuild_FailsNamingBothVersions()
    {
        await Store.InitializeAsync(CancellationToken.None);
        Schema.Scalar("INSERT INTO schema_version (version, name) VALUES (999, 'future')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open().InitializeAsync(CancellationToken.None));

        Assert.Contains($"schema version 999, newer than this build knows ({PostgresMigrations.LatestVersion})", error.Message);
    }

    [StoreFact]
    public async Task Store_OpenedByASecondInstance_SeesWhatTheFirstWrote()
    {
        await Store.UpsertConversationAsync(Conversation("a:1"), DateTimeOffset.UnixEpoch, CancellationToken.None);

        var other = Open("instance-2");

        Assert.Equal(Conversation("a:1"), await other.GetConversationAsync("a:1", CancellationToken.None));
    }

    public override void Dispose()
    {
        base.Dispose();
        _schema?.Dispose();
    }

    private PostgresBotStore Open(string instance = "test") =>
        new(Schema.NewDataSource(instance), NullLogger<PostgresBotStore>.Instance);
}
