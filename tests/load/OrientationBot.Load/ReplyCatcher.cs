using System.Collections.Concurrent;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Load;

/// <summary>The fake Connector: takes the bot's replies and tells the waiting request that its answer arrived.</summary>
internal sealed class ReplyCatcher : IConnectorClient
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>Completes when the reply to the activity with this id arrives.</summary>
    public Task Expect(string activityId)
    {
        var arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[activityId] = arrival;
        return arrival.Task;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken) => Arrived(reply);

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken) => Arrived(activity);

    public Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken) => Arrived(activity);

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken) => Arrived(activity);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:load" });

    private Task<ResourceResponse> Arrived(CoreActivity activity)
    {
        if (activity.ReplyToId is { } id && waiting.TryRemove(id, out var arrival))
            arrival.TrySetResult();
        return Task.FromResult(new ResourceResponse { Id = "load" });
    }
}
