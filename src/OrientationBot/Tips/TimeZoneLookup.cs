using System.Collections.Concurrent;

namespace OrientationBot.Tips;

/// <summary>
/// IANA zone ids (what Teams sends as localTimezone) to <see cref="TimeZoneInfo"/>. On Linux the ids resolve
/// from the system tzdata even with InvariantGlobalization (checked with Pacific/Kiritimati, Pacific/Honolulu,
/// Europe/Zurich, America/New_York); on Windows IANA ids need ICU, which invariant mode turns off.
/// </summary>
internal static class TimeZoneLookup
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static bool TryFind(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId))
            return false;
        var found = Cache.GetOrAdd(ianaId.Trim(), static id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var z) ? z : null);
        if (found is null)
            return false;
        zone = found;
        return true;
    }

    /// <summary>The zone for the id, or <paramref name="fallback"/> when the id is missing or unknown.</summary>
    public static TimeZoneInfo FindOrDefault(string? ianaId, TimeZoneInfo fallback) =>
        TryFind(ianaId, out var zone) ? zone : fallback;
}
