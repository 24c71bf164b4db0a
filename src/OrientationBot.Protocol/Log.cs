using Microsoft.Extensions.Logging;

namespace OrientationBot.Protocol;

/// <summary>
/// The protocol's log messages, event ids 1000–1199: 10xx inbound authentication, 11xx outbound Connector.
/// None carries a token or a user's message text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning,
        "AUTHENTICATION IS DISABLED: MicrosoftAppId is empty and the environment is Development, so requests without a token are accepted. Never run like this outside your machine.")]
    public static partial void LocalModeEnabled(this ILogger logger);

    [LoggerMessage(1002, LogLevel.Debug, "Accepted a request without a token (local mode)")]
    public static partial void AnonymousRequestAccepted(this ILogger logger);

    [LoggerMessage(1003, LogLevel.Warning, "Rejected an inbound request: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, string? reason);

    [LoggerMessage(1006, LogLevel.Warning, "{Count} more inbound requests were rejected without a line each")]
    public static partial void RejectionsNotLogged(this ILogger logger, int count);

    [LoggerMessage(1004, LogLevel.Debug, "Trusting service URL {ServiceUrl} for outbound calls")]
    public static partial void ServiceUrlTrusted(this ILogger logger, string? serviceUrl);

    // Debug: anyone can send a token naming an unknown key; the rejection that follows is logged, within its budget.
    [LoggerMessage(1005, LogLevel.Debug, "Token names signing key {KeyId}, which is not cached; asking for a key refresh")]
    public static partial void SigningKeyUnknown(this ILogger logger, string keyId);

    [LoggerMessage(1101, LogLevel.Warning,
        "Connector {Method} to {Host} failed with {Failure}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetrying(
        this ILogger logger, string? method, string? host, string? failure, int attempt, TimeSpan delay);

    [LoggerMessage(1102, LogLevel.Warning,
        "Connector {Operation} to {Host} answered {StatusCode} {ErrorCode} (correlation id {CorrelationId})")]
    public static partial void ConnectorCallFailed(
        this ILogger logger, string operation, string host, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(1106, LogLevel.Warning, "Connector {Operation} to {Host} got no answer after its retries")]
    public static partial void ConnectorCallUnanswered(this ILogger logger, string operation, string host, Exception exception);

    [LoggerMessage(1103, LogLevel.Warning,
        "Refused to send the bot's token to {Host}: it did not arrive on an authenticated activity and is not configured")]
    public static partial void UntrustedServiceUrlRefused(this ILogger logger, string host);

    [LoggerMessage(1104, LogLevel.Error, "Could not get the bot's token from Entra ID: {ErrorCode}")]
    public static partial void TokenAcquisitionFailed(this ILogger logger, string errorCode, Exception exception);

    [LoggerMessage(1105, LogLevel.Warning, "Connector {Operation} to {Host} succeeded but its response body was not readable JSON")]
    public static partial void ConnectorResponseUnreadable(this ILogger logger, string operation, string host, Exception exception);
}
