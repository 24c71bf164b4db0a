using OrientationBot.Conversations;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

public sealed class ReplyDeadlineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void NeverArmed_OutlivesTheBound_WithoutCancelling()
    {
        var time = new ManualTimeProvider();
        using var deadline = new ReplyDeadline(time, Timeout, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(deadline.Token.IsCancellationRequested);
    }

    [Fact]
    public void Armed_CancelsWhenTheBoundCountedFromCreationPasses()
    {
        var time = new ManualTimeProvider();
        using var deadline = new ReplyDeadline(time, Timeout, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));

        deadline.Arm();
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(deadline.Token.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.True(deadline.Expired);
    }

    [Fact]
    public void ArmedAfterTheBound_CancelsAtOnce()
    {
        var time = new ManualTimeProvider();
        using var deadline = new ReplyDeadline(time, Timeout, CancellationToken.None);
        time.Advance(Timeout);

        deadline.Arm();

        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.True(deadline.Expired);
    }

    [Fact]
    public void ShutdownWhileArmed_CancelsWithoutCountingAsExpiry()
    {
        using var stopping = new CancellationTokenSource();
        using var deadline = new ReplyDeadline(new ManualTimeProvider(), Timeout, stopping.Token);
        deadline.Arm();

        stopping.Cancel();

        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.Expired);
    }

    [Fact]
    public void ShutdownAlreadyBegun_CancelsFromTheStart()
    {
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        using var deadline = new ReplyDeadline(new ManualTimeProvider(), Timeout, stopping.Token);

        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.Expired);
    }
}
