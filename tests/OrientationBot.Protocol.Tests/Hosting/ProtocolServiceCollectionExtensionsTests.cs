using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Hosting;
using OrientationBot.Protocol.Settings;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Hosting;

public sealed class ProtocolServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotProtocol_CompleteSettings_ResolvesEveryService()
    {
        using var provider = Build(Environments.Production, new()
        {
            ["MicrosoftAppId"] = Fixture.BotAppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = Fixture.TenantId,
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetRequiredService<IBotRequestAuthenticator>());
        Assert.NotNull(provider.GetRequiredService<IConnectorClient>());
        Assert.NotNull(provider.GetRequiredService<IBotTokenProvider>());
        Assert.NotNull(provider.GetRequiredService<TrustedServiceUrls>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotSettings_RootKeys_BindWithBotFrameworkNames()
    {
        using var provider = Build(Environments.Production, new()
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = Fixture.BotAppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppPasswordExpires"] = "2027-05-31",
            ["BotOpenIdMetadataUrl"] = "https://login.example.test/v1/.well-known/openidconfiguration",
            ["Connector:MaxRetryAttempts"] = "2",
        });

        var credentials = provider.GetRequiredService<IOptions<BotCredentials>>().Value;
        var connector = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal(BotAppType.MultiTenant, credentials.AppType);
        Assert.Equal(new DateTimeOffset(2027, 5, 31, 0, 0, 0, TimeSpan.Zero), credentials.MicrosoftAppPasswordExpires!.Value.ToUniversalTime());
        Assert.Equal("https://login.example.test/v1/.well-known/openidconfiguration", credentials.OpenIdMetadataUrl);
        Assert.Equal(2, connector.MaxRetryAttempts);
    }

    [Fact]
    public void AddBotSettings_EmptyAppIdInProduction_StopsStartUp()
    {
        using var provider = Build(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppId is empty in the 'Production' environment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotSettings_EmptyAppIdInDevelopment_StartsInLocalMode()
    {
        using var provider = Build(Environments.Development, []);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(provider.GetRequiredService<IOptions<BotCredentials>>().Value.AuthenticationDisabled);
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Mock.Of<IHostEnvironment>(e => e.EnvironmentName == environment));
        services.AddBotSettings(configuration);
        services.AddBotProtocol();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
