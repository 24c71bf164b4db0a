using System.Globalization;

namespace OrientationBot.Commands;

/// <summary>
/// Sub-command options read as text and parsed here, so that a bad value gets one sentence naming the option and what
/// it takes, never a .NET type name ("System.Int32", "System.Nullable`1[System.DateOnly]").
/// </summary>
internal static class CommandArguments
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="fallback"/> when not given.</summary>
    public static bool TryWholeNumber(string? text, string option, int min, int max, int fallback, out int value, out string error)
    {
        error = "";
        value = fallback;
        if (text is null)
            return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
            return true;
        error = $"{option} takes a whole number from {min} to {max} (got \"{text}\").";
        return false;
    }

    /// <summary>Only YYYY-MM-DD: "01/12/2026" is the 1st of December to some and the 12th of January to others.</summary>
    public static bool TryDay(string? text, string option, out DateOnly? day, out string error)
    {
        error = "";
        day = null;
        if (text is null)
            return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        error = $"{option} takes a date as YYYY-MM-DD, such as 2026-12-01 (got \"{text}\").";
        return false;
    }
}
