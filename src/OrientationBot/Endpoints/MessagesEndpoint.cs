using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Authentication;

namespace OrientationBot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>, the one entry point of the Bot Connector (brief §1): size, content type, JSON, then the
/// token, then the turn. Bad input gets a 4xx and a Debug line; nothing the caller sends can make it answer 5xx.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>
    /// 256 KB. Teams never sends an activity near it: the Connector itself refuses bodies over 262 144 bytes (brief §2.4),
    /// so anything larger is not from Teams and is refused before it is read into memory.
    /// </summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IBotRequestAuthenticator authenticator,
        ITurnHandler turns,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, "Content-Length over the limit");
        if (!IsJson(request.ContentType))
            return Refuse(logger, StatusCodes.Status415UnsupportedMediaType, "the content type is not application/json");

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(request.Body, MaxBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Refuse(logger, ex.StatusCode, "the body could not be read");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty; // the caller hung up; nobody is left to answer
        }

        if (body is null)
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, "the body is over the limit");
        if (ParseActivity(body) is not { } activity)
            return Refuse(logger, StatusCodes.Status400BadRequest, "the body is not an activity with a type");

        // Authentication needs the parsed body (channelId, serviceUrl: brief §1.3 steps 6-7), but nothing acts on it before.
        BotAuthenticationResult authentication;
        try
        {
            authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization, activity, context.RequestAborted);
        }
        catch (InvalidOperationException ex)
        {
            // The keys could not be fetched at all: an outage on our side, worth the Connector's retry.
            logger.SigningKeysUnavailable(ex);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // No detail: the reason is in the protocol's log (event 1003), not for the caller.
        if (!authentication.Succeeded)
            return Results.StatusCode(StatusCodes.Status401Unauthorized);

        logger.ActivityReceived(activity.Type, activity.Id, body.Length);

        // Not the request's token: a caller that hangs up must not cut the reply short; shutdown may.
        InvokeResponse? response;
        try
        {
            response = await turns.HandleAsync(activity, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable); // shutting down; the Connector retries elsewhere
        }

        return response switch
        {
            null => Results.Ok(),
            { Body: null } => Results.StatusCode(response.StatusCode),
            _ => Results.Text(response.Body.ToJsonString(), "application/json", Encoding.UTF8, response.StatusCode),
        };
    }

    /// <summary>The activity, or null when the body is not JSON, not an activity, or has no type (brief §4: 400).</summary>
    internal static CoreActivity? ParseActivity(byte[] body)
    {
        // Invalid UTF-8, a lone surrogate or a member named twice would only throw later, inside the turn.
        if (!StrictJson.IsWellFormed(body))
            return null;
        try
        {
            var activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.CoreActivity);
            return string.IsNullOrEmpty(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Refuse(ILogger logger, int statusCode, string reason)
    {
        logger.RequestRefused(statusCode, reason);
        return Results.StatusCode(statusCode);
    }
}
