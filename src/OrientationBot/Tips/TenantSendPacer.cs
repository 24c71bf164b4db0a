using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// Keeps proactive sends within Teams' limit of N requests per second per app per tenant (protocol brief §2.5)
/// and stops a tenant altogether while it is throttled. A sliding window, not a token bucket: a bucket allows a
/// full burst on top of a second's refill, up to 2N in one second, which is exactly what provokes a 429. The
/// window and the pause live in the <see cref="ITenantSendLog"/>: in process with SQLite, in the database with
/// PostgreSQL so that the limit holds across instances. Waits through the injected <see cref="TimeProvider"/>
/// so tests run in simulated time.
/// </summary>
internal sealed class TenantSendPacer(TimeProvider time, int sendsPerSecond, ITenantSendLog log)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _consecutiveThrottles = new(StringComparer.Ordinal);

    public int SendsPerSecond { get; } = sendsPerSecond > 0 ? sendsPerSecond : throw new ArgumentOutOfRangeException(nameof(sendsPerSecond));

    /// <summary>Waits until the tenant may take one more send, then counts it.</summary>
    public async ValueTask WaitTurnAsync(string? tenantId, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = time.GetUtcNow();
            if (await log.TryRecordSendAsync(Key(tenantId), now, SendsPerSecond, cancellationToken) is not { } earliest)
                return;
            // Whole milliseconds, rounded up: Task.Delay truncates to milliseconds, and a sub-millisecond
            // wait would come back at once, before the window has moved, and spin.
            var wait = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling((earliest - now).TotalMilliseconds)));
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>After a 429: nobody sends to the tenant before Retry-After, or a growing back-off when Teams gave none.</summary>
    public async Task<TimeSpan> OnThrottledAsync(string? tenantId, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        int throttles;
        lock (_gate)
            _consecutiveThrottles[Key(tenantId)] = throttles = _consecutiveThrottles.GetValueOrDefault(Key(tenantId)) + 1;
        var pause = retryAfter is { } given && given > TimeSpan.Zero ? given : RetryBackoff.For(throttles);
        await log.PauseAsync(Key(tenantId), time.GetUtcNow() + pause, cancellationToken);
        return pause;
    }

    public void OnDelivered(string? tenantId)
    {
        lock (_gate)
            _consecutiveThrottles.Remove(Key(tenantId));
    }

    private static string Key(string? tenantId) => tenantId ?? "";
}
