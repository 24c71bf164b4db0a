namespace OrientationBot.Tips;

/// <summary>
/// Keeps proactive sends within Teams' limit of N requests per second per app per tenant (protocol brief §2.5)
/// and stops a tenant altogether while it is throttled. A sliding window, not a token bucket: a bucket allows a
/// full burst on top of a second's refill, up to 2N in one second, which is exactly what provokes a 429.
/// Thread-safe; waits through the injected <see cref="TimeProvider"/> so tests run in simulated time.
/// </summary>
internal sealed class TenantSendPacer(TimeProvider time, int sendsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, TenantState> _tenants = new(StringComparer.Ordinal);

    public int SendsPerSecond { get; } = sendsPerSecond > 0 ? sendsPerSecond : throw new ArgumentOutOfRangeException(nameof(sendsPerSecond));

    /// <summary>Waits until the tenant may take one more send, then counts it.</summary>
    public async ValueTask WaitTurnAsync(string? tenantId, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                var state = State(tenantId);
                // A send at t counts in (t - 1 s, t]: so any one-second span holds at most N sends.
                while (state.Recent.Count > 0 && state.Recent.Peek() <= now - Window)
                    state.Recent.Dequeue();
                var earliest = state.PausedUntil;
                if (state.Recent.Count >= SendsPerSecond)
                    earliest = Max(earliest, state.Recent.Peek() + Window);
                if (earliest <= now)
                {
                    state.Recent.Enqueue(now);
                    return;
                }
                // Whole milliseconds, rounded up: Task.Delay truncates to milliseconds, and a sub-millisecond
                // wait would come back at once, before the window has moved, and spin.
                wait = TimeSpan.FromMilliseconds(Math.Ceiling((earliest - now).TotalMilliseconds));
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>After a 429: nobody sends to the tenant before Retry-After, or a growing back-off when Teams gave none.</summary>
    public TimeSpan OnThrottled(string? tenantId, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            var state = State(tenantId);
            state.ConsecutiveThrottles++;
            var pause = retryAfter is { } given && given > TimeSpan.Zero ? given : RetryBackoff.For(state.ConsecutiveThrottles);
            state.PausedUntil = Max(state.PausedUntil, time.GetUtcNow() + pause);
            return pause;
        }
    }

    public void OnDelivered(string? tenantId)
    {
        lock (_gate)
            State(tenantId).ConsecutiveThrottles = 0;
    }

    private TenantState State(string? tenantId)
    {
        var key = tenantId ?? "";
        if (!_tenants.TryGetValue(key, out var state))
            _tenants[key] = state = new TenantState();
        return state;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class TenantState
    {
        public Queue<DateTimeOffset> Recent { get; } = new();
        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;
        public int ConsecutiveThrottles { get; set; }
    }
}
