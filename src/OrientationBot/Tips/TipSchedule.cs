using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// When a subscriber is due: on a local working day (<see cref="WorkingDays"/>, holidays excluded) on or after the start date, once the local clock has
/// reached the delivery time, if no daily tip has gone out for that local date yet, and not while deferred.
/// "Reached" rather than "equals" is what lets a run after downtime, or a spring-forward gap that skips the
/// chosen minute, still deliver the day's tip; the ledger keeps it to one a day (fall-back repeats an hour).
/// </summary>
internal static class TipSchedule
{
    public static DateOnly LocalDate(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public static bool IsDue(
        StoredSubscription subscription, DateOnly? lastDailyDate, TimeZoneInfo zone, DateTimeOffset now, WorkingDays days, out DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(subscription);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        localDate = DateOnly.FromDateTime(local.DateTime);
        return subscription.Status == SubscriptionStatus.Active
            && days.IsWorkingDay(localDate)
            && localDate >= subscription.StartDate
            && TimeOnly.FromDateTime(local.DateTime) >= subscription.DeliveryTime
            // ">" not "!=": after a move to a zone further west the local date can go back; never repeat a day.
            && (lastDailyDate is null || localDate > lastDailyDate.Value)
            && (subscription.RetryAt is null || subscription.RetryAt.Value <= now);
    }
}
