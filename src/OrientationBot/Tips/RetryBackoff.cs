namespace OrientationBot.Tips;

/// <summary>
/// Exponential back-off with full jitter (protocol brief §2.5: "exponential backoff with random jitter" when
/// no Retry-After is given): 1 s, 2 s, 4 s … capped at a minute, each drawn between half and all of it so
/// that conversations failing together do not retry together.
/// </summary>
internal static class RetryBackoff
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(1);

    public static TimeSpan For(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ceiling = TimeSpan.FromTicks(Math.Min(Cap.Ticks, Base.Ticks << Math.Min(attempt - 1, 16)));
        return ceiling / 2 + ceiling / 2 * Random.Shared.NextDouble();
    }
}
