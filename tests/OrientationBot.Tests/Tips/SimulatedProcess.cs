namespace OrientationBot.Tests.Tips;

/// <summary>
/// One bot instance on a <see cref="SimulatedTimePump"/>: its continuations run on the pump with this context
/// current, so everything it awaits comes back here. <see cref="Kill"/> drops them all from then on, as a dead
/// process runs nothing more. Its calls to a real server go through <see cref="Track{T}"/>, so the pump waits for
/// their answers instead of moving the clock.
/// </summary>
internal sealed class SimulatedProcess(SimulatedTimePump pump) : SynchronizationContext
{
    private int _externalCalls; // touched only on the pump's thread

    public bool Killed { get; private set; }

    internal bool AwaitingExternalCall => !Killed && _externalCalls > 0;

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (!Killed)
            pump.Post(_ => RunHere(d, state), null);
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send would block the only thread.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Starts the instance's work (a sender loop); it continues whenever the pump runs.</summary>
    public Task Start(Func<Task> operation) => SimulatedTimePump.RunIn(this, operation);

    /// <summary>The process dies: nothing of it runs again, and the pump no longer waits for its calls.</summary>
    public void Kill() => Killed = true;

    /// <summary>Wraps a service whose calls leave the process (the PostgreSQL store, the shared send log).</summary>
    public T Track<T>(T service)
        where T : class => ExternalCalls<T>.Wrap(service, this);

    internal void EnterExternalCall() => _externalCalls++;

    internal void ExitExternalCall() => _externalCalls--;

    private void RunHere(SendOrPostCallback d, object? state)
    {
        if (!Killed)
            SimulatedTimePump.RunIn(this, () => { d(state); return true; });
    }
}
