using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrientationBot.Endpoints.DirectLine;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Endpoints;

internal static class LocalChatSetup
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// In local mode the Connector is routed by where each conversation came from (<see cref="LocalModeConnector"/>):
    /// the local chat page's replies go to <see cref="LocalConnector"/>, where the page reads them through the Direct Line
    /// stand-in; replies to activities posted on /api/messages go to their own service URL, as in Teams. Whether it is
    /// local mode is known only once settings are bound, so the choice is made at resolve time. Comes after AddBotProtocol.
    /// </summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services)
    {
        var protocolClient = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClient))
            ?? throw new InvalidOperationException("AddBotProtocol must be called before AddLocalChat: there is no IConnectorClient to route to.");
        services.AddOptions<LocalChatOptions>().BindConfiguration("LocalChat")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PageDirectory),
                "LocalChat:PageDirectory is empty: set it to the folder that holds the chat page's index.html (default \"src/OrientationBot/ChatPage\").")
            .ValidateOnStart();
        services.TryAddSingleton<ChatPageFiles>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<LocalConnector>();
        // Local mode takes no token, so it answers only to loopback names unless AllowedHosts says otherwise: a web page
        // that rebinds its own domain to 127.0.0.1 cannot drive the chat or /api/messages from the browser.
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<BotCredentials>, IConfiguration>((options, credentials, configuration) =>
        {
            if (credentials.Value.AuthenticationDisabled && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
                options.AllowedHosts = LoopbackHosts;
        });
        services.Replace(ServiceDescriptor.Singleton<IConnectorClient>(sp =>
        {
            var connector = (IConnectorClient)Create(sp, protocolClient);
            return LocalMode.IsOn(sp) ? new LocalModeConnector(sp.GetRequiredService<LocalConnector>(), connector) : connector;
        }));
        return services;
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
