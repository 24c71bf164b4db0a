using System.Collections.Concurrent;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Tests.Support;

/// <summary>The Connector as a test sees it: every activity the bot sent, by operation, in order.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private readonly ConcurrentQueue<SentActivity> sent = new();
    private int ids;

    public IReadOnlyList<SentActivity> Sent => [.. sent];

    /// <summary>What the bot sent to one conversation, in order.</summary>
    public IReadOnlyList<SentActivity> SentTo(string conversationId) =>
        [.. sent.Where(s => s.Activity.Conversation?.Id == conversationId)];

    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken) =>
        Record(nameof(ReplyToActivityAsync), reply);

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        Record(nameof(SendToConversationAsync), activity);

    public Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        Record(nameof(SendProactiveAsync), activity);

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken) =>
        Record(nameof(UpdateActivityAsync), activity);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:created-" + Interlocked.Increment(ref ids) });

    private Task<ResourceResponse> Record(string operation, CoreActivity activity)
    {
        sent.Enqueue(new SentActivity(operation, activity));
        return Task.FromResult(new ResourceResponse { Id = "sent-" + Interlocked.Increment(ref ids) });
    }
}
