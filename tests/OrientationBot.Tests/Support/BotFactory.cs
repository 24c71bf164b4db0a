using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.IdentityModel.Protocols;
using Moq;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The whole bot, as Program.cs builds it, with only the edges swapped: a temp data directory (SQLite), a test signing
/// key published through a fake OpenID metadata document, a fake bot token, a manual clock, recorded logs, and either
/// a recording Connector or the real Connector client over a fake wire. Authentication is on, as in production.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "orientationbot-tests-" + Guid.NewGuid().ToString("N"));

    internal TestChannel Channel { get; } = new(Fixture.BotAppId, Fixture.ServiceUrl);

    internal RecordingConnector Connector { get; } = new();

    internal ManualTimeProvider Time { get; init; } = new();

    internal LogRecorder Logs { get; } = new();

    /// <summary>The least level the host logs (Debug unless a test looks at what Trace would write).</summary>
    internal LogLevel MinimumLogLevel { get; init; } = LogLevel.Debug;

    /// <summary>When set, the real Connector client (retries and all) sends over this handler instead of the recorder.</summary>
    internal HttpMessageHandler? ConnectorWire { get; init; }

    /// <summary>More replacements, applied last: a failing answerer, say.</summary>
    internal Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Local mode: Development and no MicrosoftAppId, so no token is needed and the local chat is mapped.</summary>
    internal bool LocalMode { get; init; }

    internal T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A client that signs every request the way the Bot Connector does.</summary>
    internal HttpClient CreateTeamsClient() => CreateDefaultClient(new TeamsSigningHandler(Channel));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(LocalMode ? Environments.Development : Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = LocalMode ? "" : Fixture.BotAppId,
            ["MicrosoftAppPassword"] = LocalMode ? "" : "test-only-not-a-secret",
            ["MicrosoftAppTenantId"] = LocalMode ? "" : Fixture.TenantId,
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:UserHashSalt"] = "test-only-salt-0123456789",
        }));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(MinimumLogLevel);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IDocumentRetriever>(Channel.Retriever);
            if (!LocalMode)
            {
                // Local mode keeps the real provider: no app id, so no token, as on a developer's machine.
                var tokens = new Mock<IBotTokenProvider>();
                tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("bot-token");
                services.AddSingleton(tokens.Object);
            }

            services.AddSingleton<TimeProvider>(Time);
            if (ConnectorWire is not null)
            {
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => ConnectorWire);
                // Short back-offs, so every retry fires on the manual clock at once; attempts never time out on their own.
                services.Configure<ConnectorOptions>(options =>
                {
                    options.MaxRetryAttempts = 2;
                    options.BaseDelay = TimeSpan.FromMilliseconds(100);
                    options.MaxDelay = TimeSpan.FromSeconds(1);
                    options.AttemptTimeout = TimeSpan.FromHours(1);
                });
            }
            else if (!LocalMode)
            {
                services.AddSingleton<IConnectorClient>(Connector);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
