using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OrientationBot.Tips;

/// <summary>
/// Reads "tips on", "tips off", "tip", "tips at 8:30" and "start date 2026-12-01" from a chat message,
/// forgiving about case, spacing, a trailing full stop and the usual ways of writing a time. Returns null
/// for anything else, so the message is treated as a question. Mentions are stripped before this runs.
/// </summary>
internal static partial class TipCommandParser
{
    private const string TimeExamples = "Try \"tips at 8:30\", \"tips at 14:00\" or \"tips at 8:30am\".";

    // Day-first and month-first are both common among Pillar staff; only the ISO order is unambiguous.
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d",
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "MMMM d yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMM d, yyyy",
    ];

    private static readonly SearchValues<string> CommandWords = SearchValues.Create(["tip", "subscribe", "start", "stop"], StringComparison.OrdinalIgnoreCase);

    public static TipCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !MayBeACommand(text))
            return null;
        var message = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?', ' ');

        if (TipsOn().IsMatch(message))
            return new TipCommand(TipCommandKind.TipsOn);
        if (TipsOff().IsMatch(message))
            return new TipCommand(TipCommandKind.TipsOff);
        if (NextTip().IsMatch(message))
            return new TipCommand(TipCommandKind.NextTip);
        if (TipsAt().Match(message) is { Success: true } at)
            return ParseTime(at.Groups["rest"].Value) is { } time
                ? new TipCommand(TipCommandKind.TipsAt, Time: time)
                : new TipCommand(TipCommandKind.TipsAt, Error: $"I couldn't read \"{Shorten(at.Groups["rest"].Value)}\" as a time of day. {TimeExamples}");
        if (StartDate().Match(message) is { Success: true } start)
            return ParseDate(start.Groups["rest"].Value, out var error) is { } date
                ? new TipCommand(TipCommandKind.StartDate, StartDate: date)
                : new TipCommand(TipCommandKind.StartDate, Error: error);
        return null;
    }

    /// <summary>
    /// Every command below says "tip", "subscribe", "start" or "stop": a question that says none of them is let through
    /// without the lower-casing and the five expressions, which were most of what a cached answer cost.
    /// </summary>
    /// <remarks>One vectorised search for the three words: with invariant globalization, <c>Contains</c> ignoring case compares char by char.</remarks>
    private static bool MayBeACommand(string text) => text.AsSpan().ContainsAny(CommandWords);

    /// <summary>"8:30", "08:30", "8.30", "8h30", "830", "8", "8am", "8:30 pm", "8.30 a.m.", "20:00".</summary>
    internal static TimeOnly? ParseTime(string text)
    {
        var match = Time().Match(text.Trim());
        if (!match.Success)
            return null;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ap"].Success ? match.Groups["ap"].Value[0] : (char?)null;
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + (meridiem == 'p' ? 12 : 0); // 12am is midnight, 12pm is noon
        }
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    internal static DateOnly? ParseDate(string text, out string? error)
    {
        var cleaned = Ordinal().Replace(text.Trim(), "$1");
        error = null;
        if (DateOnly.TryParseExact(cleaned, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return date;
        error = AmbiguousDate().IsMatch(cleaned)
            ? $"\"{Shorten(text)}\" could be read two ways. Write the date as year-month-day, e.g. \"start date 2026-12-01\"."
            : $"I couldn't read \"{Shorten(text)}\" as a date. Write it as year-month-day, e.g. \"start date 2026-12-01\".";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(?:tips? ?:? ?on|(?:turn|switch) (?:on tips?|tips? on)|start tips?|subscribe(?: to tips)?)$")]
    private static partial Regex TipsOn();

    // A bare "stop" is what people send to end messages from any service; here the only messages the bot starts are tips.
    [GeneratedRegex(@"^(?:stop|tips? ?:? ?(?:off|stop|pause)|(?:turn|switch) (?:off tips?|tips? off)|(?:stop|pause) tips?|unsubscribe(?: from tips)?)$")]
    private static partial Regex TipsOff();

    [GeneratedRegex(@"^(?:tip|next tip|another tip|a tip|tip please|tip of the day|give me a tip)$")]
    private static partial Regex NextTip();

    [GeneratedRegex(@"^tips? ?(?:at\b|@|time\b) ?:? ?(?<rest>.+)$")]
    private static partial Regex TipsAt();

    [GeneratedRegex(@"^(?:my )?start(?: |-)?date ?(?:is )?:? ?(?<rest>.+)$")]
    private static partial Regex StartDate();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:(?: ?[:.h] ?(?<m>\d{2}))|(?<m>\d{2}))? ?(?:(?<ap>[ap])\.? ?m\.?)?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")]
    private static partial Regex AmbiguousDate();
}
