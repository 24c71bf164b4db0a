using System.Collections.Concurrent;

namespace OrientationBot.TestSupport;

/// <summary>
/// A clock that moves only when told. Timers fire when <see cref="Advance"/> passes their due time; a timer due within
/// <see cref="AutoFireLimit"/> fires at once on the thread pool instead and moves the clock by its due time, so short
/// back-offs (a Retry-After of 2 s) never block a test while longer timers (the turn's 10-second reply bound, a Connector
/// attempt timeout) wait for an explicit <see cref="Advance"/>. A timer's period is ignored: each fires once.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private readonly ConcurrentQueue<TimeSpan> autoFired = new();
    private DateTimeOffset now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the longest due time that fires at once; zero by default, so only a zero delay does.</summary>
    public TimeSpan AutoFireLimit { get; init; } = TimeSpan.Zero;

    /// <summary>Gets the due times of the timers that fired on their own, in order.</summary>
    public IReadOnlyCollection<TimeSpan> AutoFired => autoFired;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires, on the calling thread, every waiting timer now due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (gate)
        {
            now += by;
            due = timers.Where(t => t.DueAt <= now).ToList();
            foreach (var timer in due)
            {
                timers.Remove(timer);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            if (dueTime > AutoFireLimit)
            {
                timer.DueAt = now + dueTime;
                timers.Add(timer);
                return;
            }

            now += dueTime;
            autoFired.Enqueue(dueTime);
        }

        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private void Cancel(ManualTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private volatile bool disposed;

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (disposed)
            {
                return false;
            }

            owner.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            disposed = true;
            owner.Cancel(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
