namespace OrientationBot.Tips;

/// <summary>
/// Monday to Friday. UN holidays differ by duty station and are not in the guide, so they are not modelled:
/// a tip on a holiday simply waits in the chat until the next day.
/// </summary>
internal static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date itself if it is a working day, else the Monday after.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
            date = date.AddDays(1);
        return date;
    }

    /// <summary>Working days from <paramref name="start"/> on, starting with <see cref="OnOrAfter"/>.</summary>
    public static IEnumerable<DateOnly> From(DateOnly start)
    {
        for (var date = OnOrAfter(start); ; date = OnOrAfter(date.AddDays(1)))
            yield return date;
    }
}
