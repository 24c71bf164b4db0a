namespace OrientationBot.Tests.Tips;

/// <summary>
/// A clock that moves only when told: timers (Task.Delay, PeriodicTimer, CancelAfter) wait in a list until
/// <see cref="FireNext"/> jumps the clock to the earliest one and runs it. Driven by <see cref="SimulatedTimePump"/>.
/// </summary>
internal sealed class SimulatedTime(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = start;
    private long _created;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>The instant of the earliest pending timer, if any.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
                return _timers.Count == 0 ? null : _timers.Min(t => t.DueAt);
        }
    }

    /// <summary>Moves the clock to the earliest pending timer (not past <paramref name="notAfter"/>) and runs its callback.</summary>
    public bool FireNext(DateTimeOffset? notAfter = null)
    {
        Timer next;
        lock (_gate)
        {
            if (_timers.Count == 0)
                return false;
            next = _timers.MinBy(t => (t.DueAt, t.Order))!;
            if (notAfter is { } limit && next.DueAt > limit)
                return false;
            if (next.DueAt > _now)
                _now = next.DueAt;
            _timers.Remove(next);
            if (next.Period > TimeSpan.Zero)
            {
                next.DueAt += next.Period;
                next.Order = ++_created;
                _timers.Add(next);
            }
        }
        next.Callback(next.State);
        return true;
    }

    /// <summary>Sets the clock forward without running anything (for instants between timers).</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (instant > _now)
                _now = instant;
        }
    }

    private void Schedule(Timer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            timer.DueAt = _now + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Order = ++_created;
            _timers.Add(timer);
        }
    }

    private void Cancel(Timer timer)
    {
        lock (_gate)
            _timers.Remove(timer);
    }

    private sealed class Timer(SimulatedTime owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;
        public object? State { get; } = state;
        public DateTimeOffset DueAt { get; set; }
        public TimeSpan Period { get; set; }
        public long Order { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => owner.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
