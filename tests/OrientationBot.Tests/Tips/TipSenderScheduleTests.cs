using OrientationBot.Storage;

namespace OrientationBot.Tests.Tips;

/// <summary>The hosted loop over days and weeks in simulated time: when tips arrive, in whose time zone, in what order.</summary>
public sealed class TipSenderScheduleTests
{
    private static readonly DateTimeOffset MondayMidnightUtc = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TipSender_OverAWeek_SendsOneTipEachWeekdayAtNineAndNoneAtTheWeekend()
    {
        using var bed = new TipTestBed(MondayMidnightUtc);
        bed.Subscribe("u1");

        bed.RunSenderUntil(MondayMidnightUtc.AddDays(7));

        var sent = bed.Messenger.Delivered.ToList();
        Assert.Equal(["tip-01", "tip-02", "tip-03", "tip-04", "tip-05"], sent.Select(c => c.TipId));
        Assert.Equal(
            Enumerable.Range(0, 5).Select(d => MondayMidnightUtc.AddDays(d).AddHours(9)),
            sent.Select(c => c.At));
    }

    [Fact]
    public void TipSender_ForUsersAtUtcPlus14AndUtcMinus10_SendsAtNineLocalOnTheirOwnWeekdays()
    {
        var sundayMidnightUtc = MondayMidnightUtc.AddDays(-1);
        using var bed = new TipTestBed(sundayMidnightUtc);
        bed.Subscribe("kiritimati", "Pacific/Kiritimati");
        bed.Subscribe("honolulu", "Pacific/Honolulu");

        bed.RunSenderUntil(sundayMidnightUtc.AddDays(7));

        // Monday 09:00 in Kiritimati (UTC+14) is Sunday 19:00 UTC; in Honolulu (UTC-10) Monday 19:00 UTC.
        Assert.Equal(
            Enumerable.Range(0, 5).Select(d => sundayMidnightUtc.AddDays(d).AddHours(19)),
            bed.Messenger.Delivered.Where(c => c.ConversationId == "kiritimati").Select(c => c.At));
        Assert.Equal(
            Enumerable.Range(1, 5).Select(d => sundayMidnightUtc.AddDays(d).AddHours(19)),
            bed.Messenger.Delivered.Where(c => c.ConversationId == "honolulu").Select(c => c.At));
        foreach (var call in bed.Messenger.Delivered)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(call.ConversationId == "kiritimati" ? "Pacific/Kiritimati" : "Pacific/Honolulu");
            var local = TimeZoneInfo.ConvertTime(call.At, zone);
            Assert.Equal(new TimeSpan(9, 0, 0), local.TimeOfDay);
            Assert.InRange(local.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
        }
    }

    [Theory]
    [InlineData("Europe/Zurich", "2026-10-22", new[] { "2026-10-22T07:00Z", "2026-10-23T07:00Z", "2026-10-26T08:00Z", "2026-10-27T08:00Z" })]
    [InlineData("America/New_York", "2026-03-05", new[] { "2026-03-05T14:00Z", "2026-03-06T14:00Z", "2026-03-09T13:00Z", "2026-03-10T13:00Z" })]
    public void TipSender_AcrossADaylightSavingChange_KeepsNineOClockLocal(string zone, string thursday, string[] expectedUtc)
    {
        var start = new DateTimeOffset(DateOnly.Parse(thursday).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var bed = new TipTestBed(start);
        bed.Subscribe("u1", zone, start: DateOnly.Parse(thursday));

        bed.RunSenderUntil(start.AddDays(6));

        Assert.Equal(expectedUtc.Select(DateTimeOffset.Parse), bed.Messenger.Delivered.Select(c => c.At));
    }

    [Fact]
    public void TipSubscription_PausedAndResumed_SendsNothingWhilePausedAndCarriesOnWhereItStopped()
    {
        using var bed = new TipTestBed(MondayMidnightUtc);
        bed.Subscribe("u1");
        bed.RunSenderUntil(MondayMidnightUtc.AddDays(1).AddHours(12));
        bed.Pump.Run(() => bed.Subscriptions.PauseAsync("u1", CancellationToken.None));

        bed.RunSenderUntil(MondayMidnightUtc.AddDays(7).AddHours(12));
        var whilePaused = bed.Messenger.Delivered.Count(c => c.At > MondayMidnightUtc.AddDays(1).AddHours(12));
        bed.Pump.Run(() => bed.Subscriptions.ResumeAsync("u1", CancellationToken.None));
        bed.RunSenderUntil(MondayMidnightUtc.AddDays(8).AddHours(12));

        Assert.Equal(0, whilePaused);
        Assert.Equal(["tip-01", "tip-02", "tip-03", "tip-04"], bed.Messenger.Delivered.Select(c => c.TipId));
        // Resumed at 12:00 on Monday, after the delivery time: that day's tip comes at once, the next at 09:00.
        Assert.Equal(
            [MondayMidnightUtc.AddDays(7).AddHours(12), MondayMidnightUtc.AddDays(8).AddHours(9)],
            bed.Messenger.Delivered.Skip(2).Select(c => c.At));
    }

    [Fact]
    public void TipSender_WithStartDateInTheFuture_SendsNothingBeforeIt()
    {
        using var bed = new TipTestBed(MondayMidnightUtc);
        bed.Subscribe("u1", start: new DateOnly(2026, 11, 5));

        bed.RunSenderUntil(MondayMidnightUtc.AddDays(5));

        Assert.Equal([MondayMidnightUtc.AddDays(3).AddHours(9), MondayMidnightUtc.AddDays(4).AddHours(9)],
            bed.Messenger.Delivered.Select(c => c.At));
    }

    [Fact]
    public void TipSender_WithDeliveryTimeChanged_SendsAtTheNewLocalTime()
    {
        using var bed = new TipTestBed(MondayMidnightUtc);
        bed.Subscribe("u1", "Europe/Zurich");
        bed.Pump.Run(() => bed.Subscriptions.ChangeTimeAsync("u1", new TimeOnly(8, 30), CancellationToken.None));

        bed.RunSenderUntil(MondayMidnightUtc.AddDays(1));

        Assert.Equal([MondayMidnightUtc.AddHours(7).AddMinutes(30)], bed.Messenger.Delivered.Select(c => c.At));
    }

    [Fact]
    public void TipSender_AfterATipOnDemandBeforeNine_SkipsThatMorningAndCarriesOnTheNextDay()
    {
        using var bed = new TipTestBed(MondayMidnightUtc);
        bed.Subscribe("u1");
        var onDemand = bed.Pump.Run(() => bed.Subscriptions.NextTipNowAsync("u1", CancellationToken.None));

        bed.RunSenderUntil(MondayMidnightUtc.AddDays(2));

        Assert.Equal("tip-01", onDemand?.Id);
        Assert.Equal(["tip-02"], bed.Messenger.Delivered.Select(c => c.TipId));
        Assert.Equal(MondayMidnightUtc.AddDays(1).AddHours(9), bed.Messenger.Delivered.Single().At);
        Assert.All(bed.Ledger("u1"), d => Assert.Equal(DeliveryState.Sent, d.State));
    }
}
