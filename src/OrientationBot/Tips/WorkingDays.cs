using System.Globalization;
using System.Text.Json;

namespace OrientationBot.Tips;

/// <summary>
/// Monday to Friday, less the holidays in knowledge/holidays.json: days every year ("12-25") and single dates
/// ("2026-11-26"). UN holidays differ by duty station and are not in the guide, so the file starts with UN
/// Headquarters' fixed-date ones (1 January, 25 December), and a deployment adds its duty station's.
/// </summary>
internal sealed class WorkingDays
{
    public const string FileName = "holidays.json";

    private readonly HashSet<(int Month, int Day)> everyYear;
    private readonly HashSet<DateOnly> dates;

    public WorkingDays(IEnumerable<(int Month, int Day)> everyYear, IEnumerable<DateOnly> dates)
    {
        this.everyYear = [.. everyYear];
        this.dates = [.. dates];
    }

    /// <summary>UN Headquarters' fixed-date holidays: what applies when no file says otherwise.</summary>
    public static WorkingDays UnHeadquarters { get; } = new([(1, 1), (12, 25)], []);

    public int HolidayCount => everyYear.Count + dates.Count;

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !everyYear.Contains((date.Month, date.Day)) && !dates.Contains(date);

    /// <summary>The date itself if it is a working day, else the next one.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
            date = date.AddDays(1);
        return date;
    }

    /// <summary>Working days from <paramref name="start"/> on, starting with <see cref="OnOrAfter"/>.</summary>
    public IEnumerable<DateOnly> From(DateOnly start)
    {
        for (var date = OnOrAfter(start); ; date = OnOrAfter(date.AddDays(1)))
            yield return date;
    }

    /// <summary>
    /// Reads <c>{"everyYear": ["MM-DD", …], "dates": ["YYYY-MM-DD", …]}</c>; a missing file means
    /// <see cref="UnHeadquarters"/>. A malformed entry stops start-up with the file and the entry named.
    /// </summary>
    public static WorkingDays Load(string path)
    {
        if (!File.Exists(path))
            return UnHeadquarters;
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var everyYear = Strings(root, "everyYear", path).Select(text =>
            DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? (day.Month, day.Day)
                : throw new FormatException($"{path}: \"{text}\" in everyYear is not a day of the year as MM-DD, such as 12-25."));
        var dates = Strings(root, "dates", path).Select(text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException($"{path}: \"{text}\" in dates is not a date as YYYY-MM-DD, such as 2026-11-26."));
        return new WorkingDays([.. everyYear], [.. dates]);
    }

    private static IEnumerable<string> Strings(JsonElement root, string name, string path) =>
        !root.TryGetProperty(name, out var list) ? []
        : list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(e => e.GetString() ?? "")
        : throw new FormatException($"{path}: \"{name}\" must be a list of strings.");
}
