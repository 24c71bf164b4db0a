using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class TipScheduleTests
{
    private static readonly StoredSubscription Subscription = new() { ConversationId = "u1", StartDate = new DateOnly(2026, 1, 1) };

    [Theory]
    [InlineData("UTC", "2026-11-02T08:59:59Z", false)]           // Monday, a second early
    [InlineData("UTC", "2026-11-02T09:00:00Z", true)]
    [InlineData("UTC", "2026-11-02T23:59:00Z", true)]            // after downtime: still that day's tip
    [InlineData("UTC", "2026-11-07T09:00:00Z", false)]           // Saturday
    [InlineData("UTC", "2026-11-08T12:00:00Z", false)]           // Sunday
    [InlineData("Pacific/Kiritimati", "2026-11-01T19:00:00Z", true)]  // Sunday in UTC, Monday 09:00 at UTC+14
    [InlineData("Pacific/Kiritimati", "2026-11-06T19:00:00Z", false)] // Saturday 09:00 at UTC+14
    [InlineData("Pacific/Honolulu", "2026-11-01T19:00:00Z", false)]   // Sunday 09:00 at UTC-10
    [InlineData("Pacific/Honolulu", "2026-11-02T18:59:00Z", false)]
    [InlineData("Pacific/Honolulu", "2026-11-02T19:00:00Z", true)]
    [InlineData("Europe/Zurich", "2026-10-23T07:00:00Z", true)]       // Friday, summer time (UTC+2)
    [InlineData("Europe/Zurich", "2026-10-26T07:00:00Z", false)]      // Monday after the change: 08:00 local
    [InlineData("Europe/Zurich", "2026-10-26T08:00:00Z", true)]
    [InlineData("America/New_York", "2026-03-09T12:59:00Z", false)]   // first Monday of daylight time
    [InlineData("America/New_York", "2026-03-09T13:00:00Z", true)]
    public void IsDue_ForTimeZoneAndInstant_IsTrueOnlyOnLocalWorkingDaysFromNine(string zone, string utc, bool expected)
    {
        var due = TipSchedule.IsDue(Subscription, null, TimeZoneInfo.FindSystemTimeZoneById(zone), DateTimeOffset.Parse(utc), WorkingDays.UnHeadquarters, out _);

        Assert.Equal(expected, due);
    }

    [Fact]
    public void IsDue_WhenTodaysTipWasSent_IsFalse()
    {
        var now = DateTimeOffset.Parse("2026-11-02T10:00:00Z");

        Assert.False(TipSchedule.IsDue(Subscription, new DateOnly(2026, 11, 2), TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out _));
        Assert.True(TipSchedule.IsDue(Subscription, new DateOnly(2026, 10, 30), TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out var localDate));
        Assert.Equal(new DateOnly(2026, 11, 2), localDate);
    }

    [Fact]
    public void IsDue_AfterMovingWestAcrossTheDateLine_NeverRepeatsALocalDate()
    {
        // Tuesday's tip went out in Kiritimati; at the same instant it is still Monday in Honolulu.
        var now = DateTimeOffset.Parse("2026-11-02T20:00:00Z");

        Assert.False(TipSchedule.IsDue(Subscription, new DateOnly(2026, 11, 3), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu"), now, WorkingDays.UnHeadquarters, out _));
    }

    [Fact]
    public void IsDue_PausedDeferredOrNotYetStarted_IsFalse()
    {
        var now = DateTimeOffset.Parse("2026-11-02T10:00:00Z");

        Assert.False(TipSchedule.IsDue(Subscription with { Status = SubscriptionStatus.Paused }, null, TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out _));
        Assert.False(TipSchedule.IsDue(Subscription with { RetryAt = now.AddMinutes(1) }, null, TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out _));
        Assert.False(TipSchedule.IsDue(Subscription with { StartDate = new DateOnly(2026, 11, 3) }, null, TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out _));
        Assert.True(TipSchedule.IsDue(Subscription with { RetryAt = now }, null, TimeZoneInfo.Utc, now, WorkingDays.UnHeadquarters, out _));
    }
}
