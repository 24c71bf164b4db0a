namespace OrientationBot.Protocol.Authentication;

/// <summary>
/// How many lines of one kind anyone on the internet can make the bot write: at most a fixed number a minute, then
/// nothing until the next minute, whose first line comes with the count that was left out.
/// </summary>
internal sealed class LogBudget(TimeProvider time, int perMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int written;
    private int skipped;

    /// <summary>
    /// Whether this line may be written; <paramref name="skippedBefore"/> is how many the windows since the last
    /// written line left out, said once.
    /// </summary>
    public bool TryTake(out int skippedBefore)
    {
        lock (gate)
        {
            skippedBefore = 0;
            var now = time.GetUtcNow();
            if (now - windowStart >= Window)
            {
                windowStart = now;
                written = 0;
            }

            if (written >= perMinute)
            {
                skipped++;
                return false;
            }

            written++;
            skippedBefore = skipped;
            skipped = 0;
            return true;
        }
    }
}
