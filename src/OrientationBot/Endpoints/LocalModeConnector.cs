using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Endpoints;

/// <summary>
/// The Connector in local mode, routed by where each conversation came from: the local chat page's conversations
/// (their service URL is <see cref="LocalConnector.ServiceUrl"/>) stay in the in-memory transcript the page reads; any
/// other activity, from the Bot Framework Emulator, botbuilder's test clients or an outside harness, is answered at
/// its own service URL through the protocol's client, which sends no token in local mode (brief §1.4).
/// </summary>
internal sealed class LocalModeConnector(LocalConnector localChat, IConnectorClient connector) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken) =>
        For(reply.ServiceUrl).ReplyToActivityAsync(reply, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        For(activity.ServiceUrl).SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        For(activity.ServiceUrl).SendProactiveAsync(activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        For(activity.ServiceUrl).UpdateActivityAsync(activity, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        For(serviceUrl).CreateConversationAsync(serviceUrl, parameters, cancellationToken);

    private IConnectorClient For(string? serviceUrl) => LocalConnector.Owns(serviceUrl) ? localChat : connector;
}
