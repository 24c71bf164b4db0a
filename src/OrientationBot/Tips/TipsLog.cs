namespace OrientationBot.Tips;

/// <summary>
/// Tips log lines, event ids 40xx (storage uses 45xx). Conversations appear only as salted hashes, tips only
/// by id: never a message text or a token. When the project's Log.cs arrives these can move into it.
/// </summary>
internal static partial class TipsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Tip run: {Due} due, {Sent} sent, {Retried} retried, {Ended} ended, {Deferred} deferred, {InDoubt} in doubt, {Failed} failed, {Completed} completed, {Elsewhere} taken by another instance in {ElapsedMs} ms")]
    public static partial void TipRunCompleted(this ILogger logger, int due, int sent, int retried, int ended, int deferred, int inDoubt,
        int failed, int completed, int elsewhere, long elapsedMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Tip run failed; the next run starts in a minute")]
    public static partial void TipRunFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Tip for conversation {ConversationHash} failed; it stays due")]
    public static partial void TipDeliveryFailed(this ILogger logger, Exception exception, string conversationHash);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "Tips for conversation {ConversationHash} stopped: {StatusCode} {Reason}")]
    public static partial void SubscriptionEnded(this ILogger logger, string conversationHash, int? statusCode, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning,
        Message = "Teams throttled tips (429); pausing the tenant for {PauseMs} ms (Retry-After given: {RetryAfterGiven})")]
    public static partial void TenantThrottled(this ILogger logger, long pauseMs, bool retryAfterGiven);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information,
        Message = "Tip for conversation {ConversationHash} failed transiently (status {StatusCode}), attempt {Attempt}")]
    public static partial void TipSendFailedTransiently(this ILogger logger, string conversationHash, int? statusCode, int attempt);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning,
        Message = "Tip for conversation {ConversationHash} deferred to {Until} after {Attempts} attempts")]
    public static partial void TipDeferred(this ILogger logger, string conversationHash, int attempts, DateTimeOffset until);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error,
        Message = "Tip {TipId} for conversation {ConversationHash} may or may not have arrived; recorded as in doubt and not repeated")]
    public static partial void TipSendOutcomeUnknown(this ILogger logger, Exception exception, string conversationHash, string tipId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning,
        Message = "{Count} tip sends were in flight when the bot last stopped; recorded as in doubt and not repeated")]
    public static partial void InDoubtDeliveriesFound(this ILogger logger, int count);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning,
        Message = "Time zone '{TimeZone}' is unknown on this machine; its users get tips by Tips:DefaultTimeZone")]
    public static partial void TimeZoneUnknown(this ILogger logger, string timeZone);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information,
        Message = "Tip {TipId} for conversation {ConversationHash} logged, not sent: no Teams messenger is registered")]
    public static partial void TipLoggedNotSent(this ILogger logger, string tipId, string conversationHash);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information,
        Message = "Tip programme: {CuratedCount} curated tips from {CatalogueFile}, then {UnitTipCount} units of the day; {HolidayCount} holidays")]
    public static partial void TipProgrammeLoaded(this ILogger logger, int curatedCount, string catalogueFile, int unitTipCount, int holidayCount);
}
