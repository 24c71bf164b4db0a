using OrientationBot.Storage;

namespace OrientationBot.Tests.Tips;

public sealed class TipSubscriptionsTests
{
    private static readonly DateTimeOffset SundayEightPmUtc = new(2026, 11, 1, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Subscribe_NewUser_StartsTodayInTheirOwnZoneAtNine()
    {
        using var bed = new TipTestBed(SundayEightPmUtc);

        bed.Subscribe("kiritimati", "Pacific/Kiritimati");
        bed.Subscribe("utc");

        Assert.Equal((new DateOnly(2026, 11, 2), new TimeOnly(9, 0), SubscriptionStatus.Active),
            Shape(bed.Subscription("kiritimati")));
        Assert.Equal(new DateOnly(2026, 11, 1), bed.Subscription("utc")?.StartDate);
    }

    [Fact]
    public void Subscribe_AgainAfterPauseOrEnd_ReactivatesAndKeepsStartDateAndProgress()
    {
        using var bed = new TipTestBed(SundayEightPmUtc);
        bed.Subscribe("u1", start: new DateOnly(2026, 10, 1));
        bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));
        bed.Pump.Run(() => bed.Store.EndSubscriptionAsync("u1", "403 ConversationBlockedByUser", SundayEightPmUtc, CancellationToken.None));

        bed.Subscribe("u1", at: new TimeOnly(8, 0));
        var next = bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));

        var subscription = bed.Subscription("u1");
        Assert.Equal((new DateOnly(2026, 10, 1), new TimeOnly(8, 0), SubscriptionStatus.Active), Shape(subscription));
        Assert.Null(subscription?.EndedReason);
        Assert.Equal("tip-02", next?.Id);
    }

    [Fact]
    public void ChangeTimeAndStartDate_WithoutASubscription_ReturnNull()
    {
        using var bed = new TipTestBed(SundayEightPmUtc);

        var changed = bed.Pump.Run(() => bed.Subscriptions.ChangeTimeAsync("nobody", new TimeOnly(8, 0), CancellationToken.None));
        var started = bed.Pump.Run(() => bed.Subscriptions.SetStartDateAsync("nobody", new DateOnly(2026, 12, 1), CancellationToken.None));

        Assert.Null(changed);
        Assert.Null(started);
    }

    [Fact]
    public void SetStartDate_ForASubscriber_MovesDayOne()
    {
        using var bed = new TipTestBed(SundayEightPmUtc);
        bed.Subscribe("u1");

        var updated = bed.Pump.Run(() => bed.Subscriptions.SetStartDateAsync("u1", new DateOnly(2026, 12, 1), CancellationToken.None));

        Assert.Equal(new DateOnly(2026, 12, 1), updated?.StartDate);
        Assert.Equal(new DateOnly(2026, 12, 1), bed.Subscription("u1")?.StartDate);
    }

    [Theory]
    [InlineData("Europe/Zurich", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void UpdateTimeZone_WithAnIanaId_StoresOnlyZonesThisMachineKnows(string zone, bool expected)
    {
        using var bed = new TipTestBed(SundayEightPmUtc);
        bed.Subscribe("u1");

        var updated = bed.Pump.Run(() => bed.Subscriptions.UpdateTimeZoneAsync("u1", zone, CancellationToken.None));

        Assert.Equal(expected, updated);
        var stored = bed.Pump.Run(() => bed.Store.GetConversationAsync("u1", CancellationToken.None));
        Assert.Equal(expected ? zone : null, stored?.TimeZone);
    }

    [Fact]
    public void NextTipNow_TwiceOnAWorkingDay_TakesTheDaysSlotThenAddsAnExtraTip()
    {
        using var bed = new TipTestBed(SundayEightPmUtc.AddHours(12)); // Monday 08:00 UTC
        bed.Subscribe("u1");

        var first = bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));
        var second = bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));

        Assert.Equal(("tip-01", "tip-02"), (first?.Id, second?.Id));
        Assert.Equal([DeliveryKind.Daily, DeliveryKind.OnDemand], bed.Ledger("u1").Select(d => d.Kind));
        Assert.Empty(bed.Messenger.Calls);
    }

    [Fact]
    public void NextTipNow_AtTheWeekend_IsAnExtraTipAndLeavesMondayAlone()
    {
        using var bed = new TipTestBed(SundayEightPmUtc);
        bed.Subscribe("u1");

        bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));
        bed.RunSenderUntil(SundayEightPmUtc.AddHours(14));

        Assert.Equal(DeliveryKind.OnDemand, bed.Ledger("u1")[0].Kind);
        Assert.Equal(["tip-02"], bed.Messenger.Delivered.Select(c => c.TipId));
    }

    [Fact]
    public void NextTipNow_WhenEveryTipWasSent_ReturnsNull()
    {
        using var bed = new TipTestBed(SundayEightPmUtc, tipCount: 1);
        bed.Subscribe("u1");
        bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));

        var none = bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));

        Assert.Null(none);
    }

    private static (DateOnly?, TimeOnly?, SubscriptionStatus?) Shape(StoredSubscription? s) => (s?.StartDate, s?.DeliveryTime, s?.Status);
}
