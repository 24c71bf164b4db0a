using Moq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class TipsSetupTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "orientationbot-tests", Guid.NewGuid().ToString("N"));

    public TipsSetupTests()
    {
        // The content root is a project folder below the one holding knowledge/, as under `dotnet run`.
        Directory.CreateDirectory(Path.Combine(_contentRoot, "knowledge"));
        Directory.CreateDirectory(Path.Combine(_contentRoot, "src", "OrientationBot"));
        File.Copy(RepositoryFiles.Knowledge("tips.json"), Path.Combine(_contentRoot, "knowledge", "tips.json"));
    }

    [Fact]
    public async Task AddTips_WithDefaults_MigratesTheStoreBeforeTheSenderAndResolvesTheProgramme()
    {
        using var host = Build(new Dictionary<string, string?> { ["Tips:DefaultDeliveryTime"] = "08:30" });

        await host.StartAsync();
        var programme = host.Services.GetRequiredService<TipProgramme>();
        var hosted = host.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        var options = host.Services.GetRequiredService<IOptions<TipsOptions>>().Value;
        await host.StopAsync();

        // No credentials: local mode, whose data is its own.
        var data = Path.Combine(_contentRoot, "src", "OrientationBot", StorageOptions.LocalModeDataDirectory);
        Assert.True(File.Exists(Path.Combine(data, "orientationbot.db")));
        Assert.True(File.Exists(Path.Combine(data, UserIdHasher.SaltFileName)));
        Assert.True(programme.CuratedCount >= 30);
        Assert.True(hosted.IndexOf(typeof(StoreInitializer)) < hosted.IndexOf(typeof(TipSender)));
        Assert.Equal(new TimeOnly(8, 30), options.DefaultDeliveryTime);
    }

    [Fact]
    public async Task AddTips_WithBadTipsSettings_FailsAtStartNamingEachSettingAndTheFix()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Tips:MaxSendsPerSecondPerTenant"] = "0",
            ["Tips:DefaultTimeZone"] = "Mars/Olympus_Mons",
            ["Tips:CatalogueFile"] = "nowhere/tips.json",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("Tips:MaxSendsPerSecondPerTenant is 0: set a number from 1 to 1000", messages);
        Assert.Contains("Tips:DefaultTimeZone 'Mars/Olympus_Mons' is not a time zone", messages);
        Assert.Contains("Tips:CatalogueFile 'nowhere/tips.json' was not found", messages);
    }

    [Fact]
    public async Task AddTips_WithTheKnowledgeFolderMoved_ReadsTipsJsonFromIt()
    {
        var moved = Path.Combine(_contentRoot, "elsewhere", "guide");
        Directory.CreateDirectory(moved);
        File.Move(Path.Combine(_contentRoot, "knowledge", "tips.json"), Path.Combine(moved, "tips.json"));
        using var host = Build(new Dictionary<string, string?> { ["Knowledge:Directory"] = moved });

        await host.StartAsync();
        var programme = host.Services.GetRequiredService<TipProgramme>();
        await host.StopAsync();

        Assert.True(programme.CuratedCount >= 30);
    }

    [Fact]
    public async Task AddTips_WithoutTipsJsonInTheKnowledgeFolder_FailsAtStartNamingBothSettings()
    {
        File.Delete(Path.Combine(_contentRoot, "knowledge", "tips.json"));
        using var host = Build([]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("tips.json in Knowledge:Directory 'knowledge' was not found", messages);
        Assert.Contains("set Tips:CatalogueFile", messages);
    }

    [Fact]
    public async Task AddTips_WithBadStorageSettings_FailsAtStartNamingTheSetting()
    {
        using var host = Build(new Dictionary<string, string?> { ["Storage:UserHashSalt"] = "short" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Storage:UserHashSalt is only 5 characters long", string.Join(" | ", Flatten(error).Select(e => e.Message)));
    }

    [Fact]
    public void AddTips_WithAPostgresConnectionString_SharesTheStoreAndTheSendLogThroughPostgres()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:PostgresConnectionString"] = "Host=db.invalid;Database=bot;Username=bot;Password=pw",
            ["Storage:UserHashSalt"] = "sixteen-chars-ok",
        });

        var store = host.Services.GetRequiredService<IBotStore>();
        var sendLog = host.Services.GetRequiredService<ITenantSendLog>();

        Assert.IsType<PostgresBotStore>(store);
        Assert.IsType<PostgresSendLog>(sendLog);
    }

    [Fact]
    public void AddTips_WithoutAPostgresConnectionString_KeepsSqliteAndAnInProcessSendLog()
    {
        using var host = Build([]);

        Assert.IsType<SqliteBotStore>(host.Services.GetRequiredService<IBotStore>());
        Assert.IsType<InProcessSendLog>(host.Services.GetRequiredService<ITenantSendLog>());
    }

    [Fact]
    public async Task AddTips_WithABadPostgresConnectionString_FailsAtStartNamingTheSettingAndNotThePassword()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Storage:PostgresConnectionString"] = "Hots=db;Password=do-not-log-me",
            ["Storage:UserHashSalt"] = "sixteen-chars-ok",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("Storage:PostgresConnectionString is not a valid PostgreSQL connection string", messages);
        Assert.DoesNotContain("do-not-log-me", messages);
    }

    [Fact]
    public void AddTips_WhenTheLeadRegistersAMessengerFirst_KeepsIt()
    {
        var messenger = new FakeTipMessenger(TimeProvider.System);
        var services = new ServiceCollection();
        services.AddSingleton<ITipMessenger>(messenger);

        services.AddTips();

        Assert.Single(services, d => d.ServiceType == typeof(ITipMessenger));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void AddTips_WithNoMessengerRegistered_SendsThroughTheConnector()
    {
        var services = new ServiceCollection();

        services.AddTips();

        Assert.Equal(typeof(ConnectorTipMessenger), services.Single(d => d.ServiceType == typeof(ITipMessenger)).ImplementationType);
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.Combine(_contentRoot, "src", "OrientationBot"),
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(Mock.Of<ITipMessenger>()); // the Connector edge is not under test here
        builder.Services.AddTips();
        return builder.Build();
    }

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Flatten) : [error];
}
