namespace OrientationBot.Storage;

/// <summary>The send log of one process: enough with SQLite, whose database only one host uses.</summary>
internal sealed class InProcessSendLog : ITenantSendLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TenantWindow> _tenants = new(StringComparer.Ordinal);

    public Task<DateTimeOffset?> TryRecordSendAsync(string tenantKey, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var window = Window(tenantKey);
            // A send at t counts in (t - 1 s, t]: so any one-second span holds at most N sends.
            while (window.Recent.Count > 0 && window.Recent.Peek() <= now - SendWindow.Length)
                window.Recent.Dequeue();
            var earliest = window.PausedUntil;
            if (window.Recent.Count >= limit && window.Recent.Peek() + SendWindow.Length > earliest)
                earliest = window.Recent.Peek() + SendWindow.Length;
            if (earliest > now)
                return Task.FromResult<DateTimeOffset?>(earliest);
            window.Recent.Enqueue(now);
            return Task.FromResult<DateTimeOffset?>(null);
        }
    }

    public Task PauseAsync(string tenantKey, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var window = Window(tenantKey);
            if (until > window.PausedUntil)
                window.PausedUntil = until;
        }
        return Task.CompletedTask;
    }

    private TenantWindow Window(string tenantKey)
    {
        if (!_tenants.TryGetValue(tenantKey, out var window))
            _tenants[tenantKey] = window = new TenantWindow();
        return window;
    }

    private sealed class TenantWindow
    {
        public Queue<DateTimeOffset> Recent { get; } = new();
        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
