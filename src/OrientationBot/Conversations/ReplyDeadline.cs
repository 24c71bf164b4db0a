namespace OrientationBot.Conversations;

/// <summary>
/// A reply's time bound, armed only once the send has gone asynchronous. A timer per reply, and a registration on the
/// application's shared stopping token, were the costliest parts of answering from the cache, and a Connector that
/// completes at once (local mode, tests) never needs either.
/// </summary>
internal sealed class ReplyDeadline : IDisposable
{
    private readonly TimeProvider time;
    private readonly TimeSpan timeout;
    private readonly CancellationToken stopping;
    private readonly CancellationTokenSource source = new();
    private readonly long started;
    private CancellationTokenRegistration onStopping;
    private ITimer? timer;
    private volatile bool expired;

    public ReplyDeadline(TimeProvider time, TimeSpan timeout, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(time);
        (this.time, this.timeout, this.stopping) = (time, timeout, stopping);
        started = time.GetTimestamp();
        if (stopping.IsCancellationRequested)
            source.Cancel();
    }

    /// <summary>Cancelled when shutdown or the deadline comes while the send is armed.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>True when the deadline, not shutdown, cancelled the send.</summary>
    public bool Expired => expired;

    /// <summary>
    /// Follows shutdown from now on, and sets the timer for what is left of the bound, which runs from this deadline's
    /// creation, not from the arming. Call when the send did not complete synchronously.
    /// </summary>
    public void Arm()
    {
        if (timer is not null)
            return;
        onStopping = stopping.UnsafeRegister(static state => ((ReplyDeadline)state!).Cancel(), this);
        var left = timeout - time.GetElapsedTime(started);
        timer = time.CreateTimer(static state => ((ReplyDeadline)state!).Expire(), this, left > TimeSpan.Zero ? left : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (left <= TimeSpan.Zero)
            Expire();
    }

    public void Dispose()
    {
        onStopping.Dispose();
        timer?.Dispose();
        source.Dispose();
    }

    private void Expire()
    {
        expired = true;
        Cancel();
    }

    private void Cancel()
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The send finished while the timer fired or shutdown began: nothing left to cancel.
        }
    }
}
