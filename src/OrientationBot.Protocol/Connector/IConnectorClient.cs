using OrientationBot.Protocol.Activities;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST calls a Teams bot needs (brief §2.3, §6.2). Each call is retried inside (brief §2.5)
/// and ends with a <see cref="ConnectorException"/> when it still fails.
/// </summary>
/// <remarks>
/// Routing comes from the activity itself, as Microsoft's Teams SDK does: <see cref="CoreActivity.ServiceUrl"/>,
/// <see cref="CoreActivity.Conversation"/> id and, where needed, <see cref="CoreActivity.ReplyToId"/> or <see cref="CoreActivity.Id"/>.
/// <see cref="CoreActivity.CreateReply"/> fills all of them.
/// </remarks>
public interface IConnectorClient
{
    /// <summary>Posts a reply to the activity named by <c>replyToId</c>: <c>POST {serviceUrl}v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    /// <param name="reply">The reply, with service URL, conversation id and <c>replyToId</c> set.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken);

    /// <summary>Posts a new message to the conversation: <c>POST {serviceUrl}v3/conversations/{conversationId}/activities</c>.</summary>
    /// <param name="activity">The message, with service URL and conversation id set.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Posts a proactive message to a conversation whose reference the bot stored from an authenticated activity
    /// (brief §6.2): <c>POST {serviceUrl}v3/conversations/{conversationId}/activities</c>. The service URL is trusted
    /// for the bot's token first, because the hosts learned from activities are forgotten at a restart. Never call it
    /// for a reference that arrived unauthenticated; an http service URL is never trusted.
    /// </summary>
    /// <param name="activity">The message, with the stored service URL and conversation id set.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier message, such as a clicked card: <c>PUT {serviceUrl}v3/conversations/{conversationId}/activities/{id}</c>.</summary>
    /// <param name="activity">The new content, with service URL, conversation id and <see cref="CoreActivity.Id"/> of the message to replace.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken);

    /// <summary>Opens a conversation for proactive messages: <c>POST {serviceUrl}v3/conversations</c> (brief §6.2).</summary>
    /// <param name="serviceUrl">The service URL stored for the user, or <see cref="ConnectorOptions.DefaultServiceUrl"/>.</param>
    /// <param name="parameters">Usually <see cref="ConversationParameters.ForPersonalChat"/>.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
