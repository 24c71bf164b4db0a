using System.Globalization;

namespace OrientationBot.Storage;

/// <summary>
/// How values are written to SQLite, which has no date types: instants as UTC ISO 8601 text (so they sort),
/// dates as yyyy-MM-dd; enums go through <see cref="StoredWords"/>.
/// </summary>
internal static class SqliteValues
{
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
