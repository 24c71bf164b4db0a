using OrientationBot.Protocol.Activities;

namespace OrientationBot.Protocol.Authentication;

/// <summary>Decides whether an inbound <c>POST /api/messages</c> really comes from the Bot Connector (brief §1.3).</summary>
public interface IBotRequestAuthenticator
{
    /// <summary>
    /// Checks the request's bearer token against the channel's keys and the activity it carries; on success the
    /// activity's <c>serviceUrl</c> becomes trusted for outbound calls.
    /// </summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or <see langword="null"/> when absent.</param>
    /// <param name="activity">The parsed body; its <c>channelId</c> and <c>serviceUrl</c> are checked against the token.</param>
    /// <param name="cancellationToken">Cancels fetching the signing keys.</param>
    /// <returns>Success, anonymous success in local mode, or failure with a reason fit for a log.</returns>
    /// <exception cref="InvalidOperationException">The signing keys could not be fetched the first time (an outage, not a bad request).</exception>
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CoreActivity activity, CancellationToken cancellationToken);
}
