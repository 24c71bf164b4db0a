using Microsoft.Extensions.DependencyInjection.Extensions;
using OrientationBot.Endpoints.DirectLine;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Endpoints;

internal static class LocalChatSetup
{
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
