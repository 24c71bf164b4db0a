namespace OrientationBot.Tests.Tips;

/// <summary>
/// Runs async code on the test's own thread and moves <see cref="SimulatedTime"/> forward only when nothing
/// else can run, so a 200-second tip run takes milliseconds and every interleaving is the same each time.
/// Continuations come back here because the code under test never uses ConfigureAwait(false) or Task.Run.
/// Real I/O (a PostgreSQL server) takes part through a <see cref="SimulatedProcess"/>: while one of its calls is
/// out, the pump waits for the answer instead of moving the clock.
/// </summary>
internal sealed class SimulatedTimePump(SimulatedTime time) : SynchronizationContext
{
    // Far beyond any query the tests make; only a hung server gets here.
    private static readonly TimeSpan ExternalCallTimeout = TimeSpan.FromSeconds(60);

    private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();
    private readonly List<SimulatedProcess> _processes = [];

    public SimulatedTime Time { get; } = time;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_work)
        {
            _work.Enqueue((d, state));
            Monitor.PulseAll(_work); // an answer from outside, perhaps, that the pump is waiting for
        }
    }

    /// <summary>A new bot instance on this pump and clock, with its own continuations and its own death.</summary>
    public SimulatedProcess NewProcess()
    {
        var process = new SimulatedProcess(this);
        lock (_work)
            _processes.Add(process);
        return process;
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send would block the only thread.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs the operation to completion, firing timers as needed; fails if it can never finish.</summary>
    public T Run<T>(Func<Task<T>> operation)
    {
        var task = Start(operation);
        Drive(() => task.IsCompleted, notAfter: null);
        if (!task.IsCompleted)
            throw new InvalidOperationException("The operation is waiting for something that will never happen: no work and no timers left.");
        return task.GetAwaiter().GetResult();
    }

    public void Run(Func<Task> operation) => Run(async () =>
    {
        await operation();
        return true;
    });

    /// <summary>Starts an operation that may outlive this call (a hosted loop, a crashing run).</summary>
    public Task<T> Start<T>(Func<Task<T>> operation) => RunIn(this, operation);

    /// <summary>Runs the code with the context current, so what it awaits comes back to that context.</summary>
    internal static T RunIn<T>(SynchronizationContext context, Func<T> code)
    {
        var previous = Current;
        SetSynchronizationContext(context);
        try
        {
            return code();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public Task Start(Func<Task> operation) => Start(async () =>
    {
        await operation();
        return true;
    });

    /// <summary>Runs work and timers until the condition holds or nothing can happen any more; true if it holds.</summary>
    public bool RunUntil(Func<bool> condition)
    {
        Drive(condition, notAfter: null);
        return condition();
    }

    /// <summary>Runs everything scheduled up to the instant, then leaves the clock there.</summary>
    public void RunUntilTime(DateTimeOffset instant)
    {
        Drive(() => false, instant);
        Time.MoveTo(instant);
        Drive(() => false, instant);
    }

    private void Drive(Func<bool> done, DateTimeOffset? notAfter)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (!done())
            {
                if (TryRunOne())
                    continue;
                if (!Time.FireNext(notAfter))
                    return;
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private bool TryRunOne()
    {
        (SendOrPostCallback Callback, object? State) item;
        lock (_work)
        {
            while (!_work.TryDequeue(out item))
            {
                if (!_processes.Any(p => p.AwaitingExternalCall))
                    return false;
                if (!Monitor.Wait(_work, ExternalCallTimeout))
                    throw new TimeoutException($"An external call (the database) did not answer within {ExternalCallTimeout.TotalSeconds} s.");
            }
        }
        item.Callback(item.State);
        return true;
    }
}
