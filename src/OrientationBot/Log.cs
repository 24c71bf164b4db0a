namespace OrientationBot;

/// <summary>The bot's log messages. Event ids: 2xxx knowledge, 3xxx conversations, 4xxx tips.</summary>
/// <remarks>None carries a token or a user's message text; conversations appear only as salted hashes.</remarks>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Knowledge loaded: {Units} units, {Acronyms} acronyms in {ElapsedMs} ms")]
    public static partial void KnowledgeLoaded(this ILogger logger, int units, int acronyms, long elapsedMs);

    [LoggerMessage(1901, LogLevel.Warning, "{Detail}")]
    public static partial void AppPasswordExpiring(this ILogger logger, string detail);

    // 30xx: one turn ---------------------------------------------------------------------------------------

    private static readonly Func<ILogger, string?, string?, string, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string?, string?, string>("{ActivityType} {ActivityId} in conversation {ConversationHash}");

    /// <summary>The scope every line of a turn carries (house style §6).</summary>
    public static IDisposable? BeginTurnScope(this ILogger logger, string? activityType, string? activityId, string conversationHash) =>
        TurnScope(logger, activityType, activityId, conversationHash);

    // Debug: at Information, a line per turn cost a sixteenth of a cached answer; TurnMetrics counts turns instead.
    [LoggerMessage(3001, LogLevel.Debug,
        "Turn {ActivityType}: {Intent}, unit {UnitId}, confidence {Confidence}, {ElapsedMs} ms")]
    public static partial void TurnCompleted(
        this ILogger logger, string? activityType, string intent, string? unitId, double? confidence, long elapsedMs);

    [LoggerMessage(3002, LogLevel.Error, "Turn for activity {ActivityId} failed; the user gets the apology card")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(3003, LogLevel.Warning,
        "Reply to conversation {ConversationHash} not delivered: the Connector answered {StatusCode} {ErrorCode}")]
    public static partial void ReplyNotDelivered(
        this ILogger logger, Exception exception, string conversationHash, int? statusCode, string? errorCode);

    [LoggerMessage(3004, LogLevel.Warning,
        "Reply to conversation {ConversationHash} not delivered within {TimeoutMs} ms; given up")]
    public static partial void ReplyTimedOut(this ILogger logger, Exception exception, string conversationHash, long timeoutMs);

    [LoggerMessage(3005, LogLevel.Debug, "The apology for a failed turn could not be delivered either")]
    public static partial void ApologyNotDelivered(this ILogger logger, Exception exception);

    [LoggerMessage(3006, LogLevel.Debug, "Activity ignored: {Reason}")]
    public static partial void ActivityIgnored(this ILogger logger, string reason);

    // Never the activity itself, at any level: it holds the user's words and names (README, "Logs").
    [LoggerMessage(3007, LogLevel.Trace, "Inbound {ActivityType} activity {ActivityId}, {Bytes} bytes")]
    public static partial void ActivityReceived(this ILogger logger, string? activityType, string? activityId, int bytes);

    [LoggerMessage(3008, LogLevel.Warning, "An unanswered question was not filed for the report: {Capacity} are already waiting to be written")]
    public static partial void UnansweredQuestionDropped(this ILogger logger, int capacity);

    [LoggerMessage(3009, LogLevel.Error, "An unanswered question could not be stored for the report")]
    public static partial void UnansweredQuestionNotStored(this ILogger logger, Exception exception);

    // 31xx: the messages endpoint -------------------------------------------------------------------------

    [LoggerMessage(3101, LogLevel.Debug, "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(this ILogger logger, int statusCode, string reason);

    [LoggerMessage(3102, LogLevel.Error, "The channel's signing keys could not be fetched; answering 503")]
    public static partial void SigningKeysUnavailable(this ILogger logger, Exception exception);

    // 32xx: local mode and reports ------------------------------------------------------------------------

    [LoggerMessage(3201, LogLevel.Warning,
        "Local chat is on at / with a Direct Line stand-in at /v3/directline (authentication is disabled): its replies are kept in memory; " +
        "activities posted to /api/messages (the Bot Framework Emulator, test clients) are answered at their own serviceUrl, without a token")]
    public static partial void LocalChatEnabled(this ILogger logger);

    [LoggerMessage(3203, LogLevel.Warning,
        "The local chat page has no Microsoft Web Chat bundle: install Node.js 20 or later and build again; until then / says so")]
    public static partial void WebChatNotBuilt(this ILogger logger);

    [LoggerMessage(3202, LogLevel.Warning,
        "{Count} conversation references could not be stored; each is written again on its conversation's next activity")]
    public static partial void ConversationReferencesNotStored(this ILogger logger, Exception exception, int count);
}
