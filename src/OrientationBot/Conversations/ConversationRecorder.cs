using System.Collections.Concurrent;
using OrientationBot.Knowledge;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// Keeps the conversation reference a proactive tip needs (brief §6.1) up to date from every accepted activity.
/// An install event's reference is written before its turn goes on. Other activities only refresh it, off the turn's
/// path: the references that arrive within <see cref="BatchWindow"/> are written together, in one transaction, so a
/// burst of new conversations costs one commit instead of one each, which the outside benchmark showed to be what
/// bounded the bot at 16 users.
/// </summary>
/// <remarks>
/// Nothing a user relies on waits in memory: "tips on" stores its own reference durably before it subscribes, and a
/// reference lost to a crash is written again on the conversation's next activity. The last reference written per
/// conversation is remembered, so an unchanged one costs nothing. A clean shutdown writes what is waiting.
/// </remarks>
internal sealed class ConversationRecorder(
    ConversationReferences references, IBotStore store, StoreWriter writer, TimeProvider time, ILogger<ConversationRecorder> logger)
    : BackgroundService
{
    // Bounds, not cache policies: past the first the memory starts afresh and the next turns simply write again;
    // past the second a turn writes its reference itself.
    private const int MaxRemembered = 10_000;
    private const int MaxWaiting = 10_000;

    /// <summary>How long the writer gathers references after the first arrives: short next to any tip schedule.</summary>
    internal static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(250);

    private readonly BoundedMemo<string, StoredConversation> written = new(MaxRemembered, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredConversation> waiting = new(StringComparer.Ordinal);
    private int waitingCount; // counted here: ConcurrentDictionary.Count takes every lock
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>
    /// Stores the activity's reference unless it is the one last written: at once for an install event, otherwise
    /// with the next batch. False when the activity has none.
    /// </summary>
    public async Task<bool> RecordAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        if (references.Of(activity) is not { } reference)
            return false;
        if (written.TryGetValue(reference.ConversationId, out var last) && last == reference)
            return true;

        var install = activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
        if (!install && TryQueue(reference))
        {
            // One wake-up pending is enough: the writer takes everything waiting when it runs.
            if (wake.CurrentCount == 0)
                wake.Release();
            return true;
        }

        await writer.RunAsync(async token =>
        {
            TakeWaiting(reference.ConversationId);
            await store.UpsertConversationAsync(reference, time.GetUtcNow(), token);
        }, cancellationToken);
        Remember([reference]);
        return true;
    }

    /// <summary>Deletes everything stored for the conversation (uninstall, bot removed) and forgets it here too.</summary>
    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        // Under the writer, so that a batch already taken is written before the delete, never after it.
        await writer.RunAsync(async token =>
        {
            TakeWaiting(conversationId);
            written.Remove(conversationId);
            await store.ForgetConversationAsync(conversationId, token);
        }, cancellationToken);
    }

    /// <summary>Writes every reference waiting now; completes once they are in the store.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => WriteWaitingAsync(cancellationToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteWaitingAsync(cancellationToken);
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(stoppingToken);
                await Task.Delay(BatchWindow, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return; // StopAsync writes what is left
            }

            await WriteWaitingAsync(stoppingToken);
        }
    }

    /// <remarks>
    /// Always through the writer, even with nothing waiting: a batch the background loop has already taken is still
    /// being written until the writer is free, and a flush must not return before it is in the store.
    /// </remarks>
    private async Task WriteWaitingAsync(CancellationToken cancellationToken)
    {
        List<StoredConversation> batch = [];
        try
        {
            await writer.RunAsync(async token =>
            {
                // Taken under the writer: everything that arrived while the last batch was written goes in this one.
                foreach (var id in waiting.Keys)
                {
                    if (TakeWaiting(id) is { } reference)
                        batch.Add(reference);
                }
                if (batch.Count > 0)
                    await store.UpsertConversationsAsync(batch, time.GetUtcNow(), token);
            }, CancellationToken.None);
            Remember(batch);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not remembered as written, so each is tried again on its conversation's next activity.
            logger.ConversationReferencesNotStored(e, batch.Count);
        }
    }

    private bool TryQueue(StoredConversation reference)
    {
        while (true)
        {
            if (waiting.TryAdd(reference.ConversationId, reference))
            {
                if (Interlocked.Increment(ref waitingCount) <= MaxWaiting)
                    return true;
                TakeWaiting(reference.ConversationId); // over the bound: this turn writes its own
                return false;
            }
            // Replaced only while still waiting, so that every entry is counted once.
            if (waiting.TryGetValue(reference.ConversationId, out var queued) && waiting.TryUpdate(reference.ConversationId, reference, queued))
                return true;
        }
    }

    private StoredConversation? TakeWaiting(string conversationId)
    {
        if (!waiting.TryRemove(conversationId, out var reference))
            return null;
        Interlocked.Decrement(ref waitingCount);
        return reference;
    }

    private void Remember(IEnumerable<StoredConversation> stored)
    {
        foreach (var reference in stored)
            written.Set(reference.ConversationId, reference);
    }
}
