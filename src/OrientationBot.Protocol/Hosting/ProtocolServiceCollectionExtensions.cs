using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Protocol.Hosting;

/// <summary>Registers the Bot Framework protocol services.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Binds and validates the MicrosoftApp* settings at start-up.</summary>
    /// <remarks>
    /// <see cref="BotCredentials"/> binds to the configuration root, where the Bot Framework keeps its keys; validation
    /// needs <c>IHostEnvironment</c>, which every host registers.
    /// </remarks>
    public static IServiceCollection AddBotSettings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotCredentials>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentials>, BotCredentialsValidator>());
        return services;
    }

    /// <summary>Inbound token validation and the outbound Connector client.</summary>
    /// <remarks>
    /// Tests swap the edges by registering before this call or replacing after it: <see cref="IDocumentRetriever"/>
    /// (a fake OpenID metadata document), <see cref="IBotTokenProvider"/>, <see cref="IConnectorClient"/> and <see cref="TimeProvider"/>.
    /// </remarks>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());

        // Inbound: brief §1.3, §1.5.
        services.AddHttpClient(HttpClientDocumentRetriever.HttpClientName);
        services.TryAddSingleton<IDocumentRetriever, HttpClientDocumentRetriever>();
        services.TryAddSingleton<ChannelSigningKeys>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();

        // Outbound: brief §2. The retry handler is outermost so that every attempt gets a fresh token check.
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<BotAuthorizationHandler>();
        // Timeouts are per attempt, in the pipeline; HttpClient's own 100 s would cut the retries short.
        // ConnectorClient logs each failure itself, with the operation; the factory's own logging handlers would add
        // two handlers and a logging scope to every call for lines that are filtered out anyway.
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<BotAuthorizationHandler>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
