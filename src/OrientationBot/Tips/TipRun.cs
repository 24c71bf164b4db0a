using Microsoft.Extensions.Options;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// One pass over the subscribers: finds who is due, then sends each the next tip of their programme through
/// the ledger rules in Tips/README.md, paced per tenant, retrying 429 and 5xx, ending 403/404 subscriptions.
/// Each user is leased first, so instances sharing a store split the run. Failures are caught per user, never per run. No ConfigureAwait(false) here: the web host has no
/// synchronization context, and the tests drive this code on a single-threaded simulated-time pump.
/// </summary>
internal sealed class TipRun(
    IBotStore store,
    TipProgramme programme,
    ITipMessenger messenger,
    TenantSendPacer pacer,
    UserIdHasher hasher,
    TimeProvider time,
    IOptions<TipsOptions> options,
    ILogger<TipRun> logger)
{
    private const int MaxClaimConflicts = 3;

    // Who holds a lease, readable by whoever looks in the database; the GUID keeps two runs in one process apart.
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private readonly Lock _warnedZonesGate = new();
    private readonly HashSet<string> _warnedZones = new(StringComparer.OrdinalIgnoreCase);

    public Task<TipRunSummary> ExecuteAsync(CancellationToken cancellationToken) => ExecuteAsync(cancellationToken, cancellationToken);

    /// <param name="stopping">Stops taking new users; sends already in flight carry on.</param>
    /// <param name="abortSends">Cancels sends in flight (after the shutdown drain time); they are left in doubt.</param>
    public async Task<TipRunSummary> ExecuteAsync(CancellationToken stopping, CancellationToken abortSends)
    {
        var started = time.GetTimestamp();
        var due = await FindDueAsync(stopping);
        var tally = new Tally { Due = due.Count };
        if (due.Count == 0)
            return tally.Summary(TimeSpan.Zero);

        // Plain async calls, not Task.Run: each worker runs on the caller's context until its first await.
        var workers = new Task[Math.Min(options.Value.MaxConcurrentSends, due.Count)];
        for (var i = 0; i < workers.Length; i++)
            workers[i] = WorkAsync(due, tally, stopping, abortSends);
        await Task.WhenAll(workers);

        var summary = tally.Summary(time.GetElapsedTime(started));
        logger.TipRunCompleted(summary.Due, summary.Sent, summary.Retried, summary.Ended, summary.Deferred, summary.InDoubt,
            summary.Failed, summary.Completed, summary.Elsewhere, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    private async Task<Queue<DueTip>> FindDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fallback = TimeZoneLookup.FindOrDefault(options.Value.DefaultTimeZone, TimeZoneInfo.Utc);
        var due = new Queue<DueTip>();
        foreach (var recipient in await store.GetActiveRecipientsAsync(cancellationToken))
        {
            var zone = ZoneOf(recipient.Conversation, fallback);
            if (TipSchedule.IsDue(recipient.Subscription, recipient.LastDailyDate, zone, now, programme.Days, out var localDate))
                due.Enqueue(new DueTip(recipient.Conversation, localDate));
        }
        return due;
    }

    private async Task WorkAsync(Queue<DueTip> due, Tally tally, CancellationToken stopping, CancellationToken abortSends)
    {
        while (!stopping.IsCancellationRequested && TryTake(due, out var item))
        {
            try
            {
                await DeliverAsync(item, tally, stopping, abortSends);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested || abortSends.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref tally.Failed);
                logger.TipDeliveryFailed(ex, hasher.Hash(item.Conversation.ConversationId));
            }
        }
    }

    private async Task DeliverAsync(DueTip item, Tally tally, CancellationToken stopping, CancellationToken abortSends)
    {
        var conversation = item.Conversation;
        var id = conversation.ConversationId;
        var leasedAt = time.GetUtcNow();
        if (!await store.TryLeaseRecipientAsync(id, _owner, leasedAt, leasedAt + options.Value.LeaseDuration, stopping))
        {
            Interlocked.Increment(ref tally.Elsewhere);
            return;
        }

        var maxAttempts = options.Value.MaxAttemptsPerRun;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            // Pace before claiming: a crash while waiting for a turn then leaves nothing in doubt.
            await pacer.WaitTurnAsync(conversation.TenantId, stopping);
            if (await ClaimAsync(item, tally, stopping) is not { } claim)
                return;
            var (sequence, tip) = claim;

            TipSendResult result;
            try
            {
                result = await messenger.SendAsync(conversation, tip, abortSends);
            }
            catch (Exception ex)
            {
                // Unknown outcome: record it as possibly delivered and never send it again (at most once).
                await store.MarkDeliveryInDoubtAsync(id, sequence, CancellationToken.None);
                Interlocked.Increment(ref tally.InDoubt);
                if (ex is OperationCanceledException && abortSends.IsCancellationRequested)
                    throw;
                logger.TipSendOutcomeUnknown(ex, hasher.Hash(id), tip.Id);
                return;
            }

            // The send is over: record its outcome even if shutdown has begun meanwhile.
            switch (result)
            {
                case TipSendResult.DeliveredResult:
                    await store.ConfirmDeliveryAsync(id, sequence, time.GetUtcNow(), CancellationToken.None);
                    pacer.OnDelivered(conversation.TenantId);
                    Interlocked.Increment(ref tally.Sent);
                    return;

                case TipSendResult.GoneResult gone:
                    await store.ReleaseDeliveryAsync(id, sequence, CancellationToken.None);
                    var ended = gone.StatusCode is { } status ? $"{status} {gone.Reason}" : gone.Reason;
                    await store.EndSubscriptionAsync(id, ended, time.GetUtcNow(), CancellationToken.None);
                    Interlocked.Increment(ref tally.Ended);
                    logger.SubscriptionEnded(hasher.Hash(id), gone.StatusCode, gone.Reason);
                    return;

                case TipSendResult.ThrottledResult throttled:
                    await store.ReleaseDeliveryAsync(id, sequence, CancellationToken.None);
                    Interlocked.Increment(ref tally.Retried);
                    var pause = await pacer.OnThrottledAsync(conversation.TenantId, throttled.RetryAfter, CancellationToken.None);
                    logger.TenantThrottled((long)pause.TotalMilliseconds, throttled.RetryAfter is not null);
                    break; // the pacer holds every send to this tenant until the pause is over

                case TipSendResult.TransientFailureResult failure:
                    await store.ReleaseDeliveryAsync(id, sequence, CancellationToken.None);
                    Interlocked.Increment(ref tally.Retried);
                    logger.TipSendFailedTransiently(hasher.Hash(id), failure.StatusCode, attempt);
                    if (attempt < maxAttempts)
                        await Task.Delay(RetryBackoff.For(attempt), time, stopping);
                    break;

                default:
                    throw new InvalidOperationException($"Unknown send result {result}.");
            }
        }

        var until = time.GetUtcNow() + options.Value.RetryDelay;
        await store.DeferSubscriptionAsync(id, until, CancellationToken.None);
        Interlocked.Increment(ref tally.Deferred);
        logger.TipDeferred(hasher.Hash(id), maxAttempts, until);
    }

    /// <summary>Claims today's row for the next tip; null if the day is already taken or the programme is over.</summary>
    private async Task<(int Sequence, Tip Tip)?> ClaimAsync(DueTip item, Tally tally, CancellationToken cancellationToken)
    {
        var id = item.Conversation.ConversationId;
        for (var conflict = 0; conflict < MaxClaimConflicts; conflict++)
        {
            var ledger = await store.GetDeliveriesAsync(id, cancellationToken);
            if (ledger.Any(d => d.Kind == DeliveryKind.Daily && d.LocalDate >= item.LocalDate))
                return null;
            if (programme.Next(ledger) is not { } next)
            {
                await store.EndSubscriptionAsync(id, "completed: every tip has been sent", time.GetUtcNow(), cancellationToken);
                Interlocked.Increment(ref tally.Completed);
                return null;
            }
            var claim = new TipDelivery(id, next.Sequence, next.Tip.Id, DeliveryKind.Daily, item.LocalDate, DeliveryState.Sending, time.GetUtcNow());
            switch (await store.TryClaimDeliveryAsync(claim, cancellationToken))
            {
                case ClaimOutcome.Claimed:
                    return (next.Sequence, programme.Marked(ledger, next.Sequence, next.Tip));
                case ClaimOutcome.DayTaken:
                    return null;
                case ClaimOutcome.SequenceTaken:
                    continue; // the user asked for a tip at the same moment: read the ledger again
            }
        }
        throw new InvalidOperationException($"The ledger kept changing while claiming a tip ({MaxClaimConflicts} tries).");
    }

    private TimeZoneInfo ZoneOf(StoredConversation conversation, TimeZoneInfo fallback)
    {
        if (conversation.TimeZone is null)
            return fallback;
        if (TimeZoneLookup.TryFind(conversation.TimeZone, out var zone))
            return zone;
        lock (_warnedZonesGate)
        {
            if (_warnedZones.Add(conversation.TimeZone))
                logger.TimeZoneUnknown(conversation.TimeZone);
        }
        return fallback;
    }

    private static bool TryTake(Queue<DueTip> due, out DueTip item)
    {
        lock (due)
            return due.TryDequeue(out item!);
    }

    private sealed record DueTip(StoredConversation Conversation, DateOnly LocalDate);

    private sealed class Tally
    {
        public int Due;
        public int Sent;
        public int Retried;
        public int Ended;
        public int Deferred;
        public int InDoubt;
        public int Failed;
        public int Completed;
        public int Elsewhere;

        public TipRunSummary Summary(TimeSpan elapsed) => new(Due, Sent, Retried, Ended, Deferred, InDoubt, Failed, Completed, Elsewhere, elapsed);
    }
}
