using System.Collections.Concurrent;

namespace OrientationBot.Protocol.Tests.Support;

/// <summary>
/// A clock that never sleeps: a timer due within <see cref="AutoFireLimit"/> fires at once on the thread pool and
/// moves the clock forward by its due time; later timers never fire. Every fired due time is recorded.
/// </summary>
internal sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object gate = new();
    private DateTimeOffset now = start;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Gets the longest due time that fires immediately.</summary>
    public TimeSpan AutoFireLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the due times of the timers that fired, in order.</summary>
    public ConcurrentQueue<TimeSpan> FiredDelays { get; } = new();

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
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan || dueTime > AutoFireLimit)
        {
            return;
        }

        lock (gate)
        {
            now += dueTime;
        }

        FiredDelays.Enqueue(dueTime);
        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private volatile bool disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (!disposed)
            {
                owner.Schedule(this, dueTime);
            }

            return !disposed;
        }

        public void Fire()
        {
            if (!disposed)
            {
                callback(state);
            }
        }

        public void Dispose() => disposed = true;

        public ValueTask DisposeAsync()
        {
            disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
