using Microsoft.Extensions.DependencyInjection.Extensions;
using OrientationBot.Endpoints.DirectLine;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Endpoints;

internal static class LocalChatSetup
{
    /// <summary>
    /// In local mode the bot's replies go to <see cref="LocalConnector"/>, where the local chat page reads them through
    /// the Direct Line stand-in, instead of to Teams. Whether it is local mode is known only once settings are bound, so
    /// the choice is made at resolve time.
    /// </summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services)
    {
        var protocolClient = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClient))
            ?? throw new InvalidOperationException("AddBotProtocol must be called before AddConversations: there is no IConnectorClient to stand in for.");
        services.AddOptions<LocalChatOptions>().BindConfiguration("LocalChat")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PageDirectory),
                "LocalChat:PageDirectory is empty: set it to the folder that holds the chat page's index.html (default \"src/OrientationBot/ChatPage\").")
            .ValidateOnStart();
        services.TryAddSingleton<ChatPageFiles>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<LocalConnector>();
        services.Replace(ServiceDescriptor.Singleton<IConnectorClient>(sp =>
            LocalMode.IsOn(sp) ? sp.GetRequiredService<LocalConnector>() : (IConnectorClient)Create(sp, protocolClient)));
        return services;
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
