namespace OrientationBot.Protocol.Connector;

/// <summary>Reads a response's <c>Retry-After</c> header, given as delta seconds or as an HTTP date (brief §2.5).</summary>
internal static class RetryAfterHeader
{
    /// <summary>Returns how long to wait, never negative, or <see langword="null"/> when the header is absent.</summary>
    public static TimeSpan? Read(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
