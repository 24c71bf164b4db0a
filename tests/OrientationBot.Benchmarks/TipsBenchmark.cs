using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Benchmarks;

/// <summary>
/// 10,000 subscribers due in the same minute against a fake Teams that takes 50 sends a second per tenant and
/// answers 429 above that. Runs in simulated time: a real run would take 200 s of waiting, which measures the
/// clock, not the code. The virtual clock moves only when every worker is waiting, so "virtual elapsed" is
/// exactly what the pacing costs, and the CPU time is what the store, the ledger and the scheduling cost.
/// The real SQLite store (WAL, synchronous=FULL) is used, in a temp folder.
/// Usage: tips [--users 10000] [--rate 50] [--latency-ms 150] [--concurrency 16]
/// </summary>
public static class TipsBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var users = Option(args, "--users", 10_000);
        var rate = Option(args, "--rate", 50);
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency-ms", 150));
        var concurrency = Option(args, "--concurrency", 16);
        var folder = Path.Combine(Path.GetTempPath(), "orientationbot-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Task.FromResult(Run(folder, users, rate, latency, concurrency));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static int Run(string folder, int users, int rate, TimeSpan latency, int concurrency)
    {
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero); // a Monday, 09:00 UTC
        var clock = new VirtualClock(start);
        var pump = new Pump(clock);
        using var store = new SqliteBotStore(Path.Combine(folder, "bench.db"), NullLogger<SqliteBotStore>.Instance);

        var setup = Stopwatch.StartNew();
        pump.Run(async () =>
        {
            for (var i = 0; i < users; i++)
            {
                var id = $"a:bench-{i:00000}";
                await store.UpsertConversationAsync(Conversation(id), start, CancellationToken.None);
                await store.SaveSubscriptionAsync(new StoredSubscription { ConversationId = id, StartDate = DateOnly.FromDateTime(start.UtcDateTime) },
                    start, CancellationToken.None);
            }
            return 0;
        });
        setup.Stop();

        var options = new TipsOptions { MaxSendsPerSecondPerTenant = rate, MaxConcurrentSends = concurrency };
        var teams = new RateLimitedTeams(clock, rate, latency);
        var catalogue = new TipCatalogue(Enumerable.Range(1, 30).Select(i => new Tip($"tip-{i}", "Title", "Text.", null, "1.1", "Quote")).ToList());
        var run = new TipRun(store, new TipProgramme(catalogue, units: null), teams, new TenantSendPacer(clock, rate, new InProcessSendLog()),
            new UserIdHasher([1, 2, 3]), clock, Options.Create(options), NullLogger<TipRun>.Instance);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var summary = pump.Run(() => run.ExecuteAsync(CancellationToken.None));
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var ideal = TimeSpan.FromSeconds(Math.Ceiling((double)users / rate) - 1);
        Console.WriteLine(FormattableString.Invariant($"tips benchmark: {users} users due at once, {rate}/s per tenant, {latency.TotalMilliseconds} ms per send, {concurrency} in flight"));
        Console.WriteLine(FormattableString.Invariant($"  setup (subscribe {users}):  {setup.Elapsed.TotalSeconds:F1} s real"));
        Console.WriteLine(FormattableString.Invariant($"  due / sent / 429s:       {summary.Due} / {summary.Sent} / {teams.Throttled}"));
        Console.WriteLine(FormattableString.Invariant($"  distinct recipients:     {teams.Recipients}"));
        Console.WriteLine(FormattableString.Invariant($"  busiest second:          {teams.BusiestSecond} sends"));
        Console.WriteLine(FormattableString.Invariant($"  virtual elapsed:         {summary.Elapsed.TotalSeconds:F1} s (the limit allows {ideal.TotalSeconds:F0} s + one send's latency)"));
        Console.WriteLine(FormattableString.Invariant($"  real elapsed / CPU:      {wall.Elapsed.TotalSeconds:F2} s / {cpu.TotalSeconds:F2} s"));
        Console.WriteLine(FormattableString.Invariant($"  CPU per send:            {cpu.TotalMilliseconds / Math.Max(1, summary.Sent):F3} ms"));
        return summary.Sent == users && teams.Throttled == 0 && teams.Recipients == users ? 0 : 1;
    }

    private static StoredConversation Conversation(string id) => new()
    {
        ConversationId = id,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TenantId = "tenant-1",
        UserId = "29:" + id,
        BotId = "28:bot",
        ConversationType = "personal",
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }

    /// <summary>Teams as the benchmark sees it: at most N sends in any second, 429 above that, each send taking a fixed latency.</summary>
    private sealed class RateLimitedTeams(TimeProvider clock, int perSecond, TimeSpan latency) : ITipMessenger
    {
        private readonly Queue<DateTimeOffset> _window = new();
        private readonly Dictionary<long, int> _perSecond = [];
        private readonly HashSet<string> _recipients = [];

        public int Throttled { get; private set; }
        public int Recipients => _recipients.Count;
        public int BusiestSecond => _perSecond.Count == 0 ? 0 : _perSecond.Values.Max();

        public async Task<TipSendResult> SendAsync(StoredConversation conversation, Tip tip, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            while (_window.Count > 0 && _window.Peek() <= now.AddSeconds(-1))
                _window.Dequeue();
            if (_window.Count >= perSecond)
            {
                Throttled++;
                return TipSendResult.Throttled(TimeSpan.FromSeconds(1));
            }
            _window.Enqueue(now);
            var second = now.ToUnixTimeSeconds();
            _perSecond[second] = _perSecond.GetValueOrDefault(second) + 1;
            if (!_recipients.Add(conversation.ConversationId))
                throw new InvalidOperationException($"Duplicate send to {conversation.ConversationId}.");
            if (latency > TimeSpan.Zero)
                await Task.Delay(latency, clock, cancellationToken);
            return TipSendResult.Delivered;
        }
    }

    /// <summary>A clock whose timers fire only when the pump has nothing else to run.</summary>
    private sealed class VirtualClock(DateTimeOffset start) : TimeProvider
    {
        private readonly PriorityQueue<Timer, (DateTimeOffset, long)> _timers = new();
        private DateTimeOffset _now = start;
        private long _order;

        public override DateTimeOffset GetUtcNow() => _now;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _now.UtcTicks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new Timer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        public bool FireNext()
        {
            while (_timers.TryDequeue(out var timer, out var key))
            {
                if (timer.Version != key.Item2)
                    continue; // changed or disposed since it was queued
                if (key.Item1 > _now)
                    _now = key.Item1;
                if (timer.Period > TimeSpan.Zero)
                    Schedule(timer, timer.Period, timer.Period);
                timer.Callback(timer.State);
                return true;
            }
            return false;
        }

        private void Schedule(Timer timer, TimeSpan dueTime, TimeSpan period)
        {
            timer.Version = ++_order;
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            _timers.Enqueue(timer, (_now + dueTime, timer.Version));
        }

        private sealed class Timer(VirtualClock owner, TimerCallback callback, object? state) : ITimer
        {
            public TimerCallback Callback { get; } = callback;
            public object? State { get; } = state;
            public TimeSpan Period { get; set; }
            public long Version { get; set; }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                owner.Schedule(this, dueTime, period);
                return true;
            }

            public void Dispose() => Version = -1;

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }

    /// <summary>Runs continuations on this thread and fires the next timer only when none are waiting.</summary>
    private sealed class Pump(VirtualClock clock) : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();

        public override void Post(SendOrPostCallback d, object? state) => _work.Enqueue((d, state));

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

        public override SynchronizationContext CreateCopy() => this;

        public T Run<T>(Func<Task<T>> operation)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                var task = operation();
                while (!task.IsCompleted)
                {
                    if (_work.TryDequeue(out var item))
                        item.Callback(item.State);
                    else if (!clock.FireNext())
                        throw new InvalidOperationException("Nothing left to run and no timer pending: the run can never finish.");
                }
                return task.GetAwaiter().GetResult();
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }
}
