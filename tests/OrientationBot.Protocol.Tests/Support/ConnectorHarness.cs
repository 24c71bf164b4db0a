using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Hosting;

namespace OrientationBot.Protocol.Tests.Support;

/// <summary>The real protocol registrations with only the edges swapped: the wire, the clock and the token source.</summary>
internal sealed class ConnectorHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public ConnectorHarness(string? token = "bot-token", Action<ConnectorOptions>? configure = null)
    {
        TokenProvider.Setup(p => p.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(token);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = Fixture.BotAppId,
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["MicrosoftAppTenantId"] = Fixture.TenantId,
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Mock.Of<IHostEnvironment>(e => e.EnvironmentName == Environments.Production));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(TokenProvider.Object);
        services.AddBotSettings(configuration);
        services.AddBotProtocol();
        services.Configure<ConnectorOptions>(options =>
        {
            options.AttemptTimeout = TimeSpan.FromHours(1); // beyond the clock's auto-fire limit, and never advanced: never times out
            configure?.Invoke(options);
        });
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Handler);
        provider = services.BuildServiceProvider();
    }

    public FakeConnectorHandler Handler { get; } = new();

    // Every back-off, Retry-After and short attempt timeout the tests meet fires at once.
    public ManualTimeProvider Time { get; } = new() { AutoFireLimit = TimeSpan.FromMinutes(10) };

    public Mock<IBotTokenProvider> TokenProvider { get; } = new();

    public IConnectorClient Client => provider.GetRequiredService<IConnectorClient>();

    public TrustedServiceUrls TrustedServiceUrls => provider.GetRequiredService<TrustedServiceUrls>();

    public void Dispose() => provider.Dispose();
}
