using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// The Polly pipeline of one Connector call (brief §2.4, §2.5), with exponential back-off and jitter, honouring
/// <c>Retry-After</c>: a read or an update (idempotent) is retried on 429, 412, 5xx, network failures and timed-out
/// attempts, never on other 4xx; a POST only where the Connector cannot have taken it (<see cref="ShouldRetryPost"/>).
/// </summary>
internal static class ConnectorResiliencePipeline
{
    /// <summary>The context property carrying the request, so retries can be logged with method and host.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("OrientationBot.Protocol.ConnectorRequest");

    /// <summary>Builds the pipeline: retry outside, a per-attempt timeout inside.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(ConnectorOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Context.Properties.TryGetValue(RequestKey, out var request)
                    && request.Method == HttpMethod.Post
                        ? ShouldRetryPost(args.Outcome, options, timeProvider)
                        : ShouldRetry(args.Outcome, options, timeProvider)),

                // A server-given Retry-After wins over the back-off; without one Polly's back-off applies.
                DelayGenerator = args => ValueTask.FromResult(RetryAfterHeader.Read(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    args.Context.Properties.TryGetValue(RequestKey, out var request);
                    logger.ConnectorRetrying(
                        request?.Method.Method,
                        request?.RequestUri?.Host,
                        args.Outcome.Result is { } response
                            ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                            : args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>Tells whether an attempt's outcome is worth another attempt.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorOptions options, TimeProvider timeProvider)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A wait longer than we are willing to block for ends the call; the caller sees RetryAfter and can pause.
        var retryAfter = RetryAfterHeader.Read(response, timeProvider);
        return retryAfter is null || retryAfter <= options.MaxRetryAfter;
    }

    /// <summary>
    /// Whether a POST (a message sent, a reply, a conversation created) is worth another attempt: only when the outcome
    /// proves the Connector did not take it, so the user never sees a message twice. That is a connection never made (refused,
    /// unresolved name), a 429, or a 503 that says when to come back. A reset, a timed-out attempt or another 5xx may
    /// follow a message Teams already delivered: the caller gets the error as "outcome unknown".
    /// </summary>
    public static bool ShouldRetryPost(Outcome<HttpResponseMessage> outcome, ConnectorOptions options, TimeProvider timeProvider)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        var retryAfter = RetryAfterHeader.Read(response, timeProvider);
        var notTaken = response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.ServiceUnavailable && retryAfter is not null);
        return notTaken && (retryAfter is null || retryAfter <= options.MaxRetryAfter);
    }

    /// <summary>429, 412, 502, 503 and 504 per brief §2.4, and also 500 and every other 5xx.</summary>
    /// <remarks>§2.4 marks 500 as not retried; a bounded retry of a server error costs little and was chosen on purpose.</remarks>
    public static bool IsTransient(HttpStatusCode statusCode) =>
        statusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)statusCode >= 500;
}
