using System.Net;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// The one exception a Connector call ends with when it fails after its retries: an error status, a network
/// failure, a timeout, an untrusted service URL or a missing bot token (house style §5).
/// </summary>
/// <param name="message">What failed, without tokens or message text.</param>
/// <param name="statusCode">The Connector's last HTTP status, or <see langword="null"/> when no response arrived.</param>
/// <param name="retryAfter">How long the Connector asked to wait, when it said so.</param>
/// <param name="errorCode">The Connector's error code, such as <c>ConversationBlockedByUser</c> or <c>MessageWritesBlocked</c>.</param>
/// <param name="correlationId">The Connector's <c>X-Correlating-OperationId</c>, for support requests.</param>
/// <param name="innerException">The underlying failure, if any.</param>
public sealed class ConnectorException(
    string message,
    HttpStatusCode? statusCode = null,
    TimeSpan? retryAfter = null,
    string? errorCode = null,
    string? correlationId = null,
    Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>Gets the Connector's last HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>Gets how long the Connector asked to wait before trying again, when it said so.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Gets the Connector's error code (brief §2.4), when the body carried one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>Gets the Connector's <c>X-Correlating-OperationId</c> header, when present.</summary>
    public string? CorrelationId { get; } = correlationId;
}
