namespace OrientationBot.Tips;

/// <summary>
/// What became of one proactive send. Expected outcomes are values; see <see cref="ITipMessenger"/> for
/// which HTTP answers map to which, and what an exception means.
/// </summary>
internal abstract record TipSendResult
{
    private TipSendResult()
    {
    }

    public static TipSendResult Delivered { get; } = new DeliveredResult();

    public static TipSendResult Throttled(TimeSpan? retryAfter) => new ThrottledResult(retryAfter);

    public static TipSendResult Gone(int? statusCode, string reason) => new GoneResult(statusCode, reason);

    public static TipSendResult TransientFailure(int? statusCode = null) => new TransientFailureResult(statusCode);

    /// <summary>Teams accepted the message (2xx).</summary>
    public sealed record DeliveredResult : TipSendResult;

    /// <summary>429: not accepted; wait <see cref="RetryAfter"/> (the header) or back off when it is absent.</summary>
    public sealed record ThrottledResult(TimeSpan? RetryAfter) : TipSendResult;

    /// <summary>
    /// 403 (blocked, uninstalled, disabled by an admin) or 404 (conversation gone), or no status when the bot may not
    /// send there at all: stop sending to this conversation.
    /// </summary>
    public sealed record GoneResult(int? StatusCode, string Reason) : TipSendResult;

    /// <summary>Not accepted, worth retrying later: 412, 502, 503, 504, or no connection at all.</summary>
    public sealed record TransientFailureResult(int? StatusCode) : TipSendResult;
}
