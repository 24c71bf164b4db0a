namespace OrientationBot.Tests.Tips;

internal static class SendWindowAssert
{
    /// <summary>No one-second span holds more than <paramref name="limit"/> of the sends (a sliding window, not whole seconds).</summary>
    public static void NoWindowOver(IReadOnlyList<DateTimeOffset> sends, int limit)
    {
        var ordered = sends.Order().ToList();
        for (var i = limit; i < ordered.Count; i++)
            Assert.True(ordered[i] - ordered[i - limit] >= TimeSpan.FromSeconds(1), $"more than {limit} sends within one second at {ordered[i]:O}");
    }
}
