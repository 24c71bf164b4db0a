using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class TenantSendPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WaitTurn_PastTheLimitWithinOneSecond_WaitsUntilTheOldestSendLeavesTheWindow()
    {
        var time = new SimulatedTime(Start);
        var pump = new SimulatedTimePump(time);
        var pacer = new TenantSendPacer(time, 3, new InProcessSendLog());
        var granted = new List<DateTimeOffset>();

        pump.Run(async () =>
        {
            for (var i = 0; i < 7; i++)
            {
                await pacer.WaitTurnAsync("t", CancellationToken.None);
                granted.Add(time.GetUtcNow());
            }
        });

        Assert.Equal([0, 0, 0, 1, 1, 1, 2], granted.Select(g => (g - Start).TotalSeconds));
    }

    [Fact]
    public void OnThrottled_WithRetryAfter_HoldsThatTenantOnly()
    {
        var time = new SimulatedTime(Start);
        var pump = new SimulatedTimePump(time);
        var pacer = new TenantSendPacer(time, 50, new InProcessSendLog());

        pump.Run(() => pacer.OnThrottledAsync("busy", TimeSpan.FromSeconds(7), CancellationToken.None));
        var other = pump.Run(async () =>
        {
            await pacer.WaitTurnAsync("quiet", CancellationToken.None);
            return time.GetUtcNow();
        });
        var busy = pump.Run(async () =>
        {
            await pacer.WaitTurnAsync("busy", CancellationToken.None);
            return time.GetUtcNow();
        });

        Assert.Equal(Start, other);
        Assert.Equal(Start.AddSeconds(7), busy);
    }

    [Fact]
    public void OnThrottled_RepeatedlyWithoutRetryAfter_BacksOffLongerEachTime()
    {
        var time = new SimulatedTime(Start);
        var pump = new SimulatedTimePump(time);
        var pacer = new TenantSendPacer(time, 50, new InProcessSendLog());

        var pauses = Enumerable.Range(0, 5).Select(_ => pump.Run(() => pacer.OnThrottledAsync("t", null, CancellationToken.None))).ToList();

        for (var i = 0; i < pauses.Count; i++)
            Assert.InRange(pauses[i], TimeSpan.FromSeconds(Math.Pow(2, i) / 2), TimeSpan.FromSeconds(Math.Pow(2, i)));
    }
}
