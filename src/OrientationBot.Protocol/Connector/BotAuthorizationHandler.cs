using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using OrientationBot.Protocol.Authentication;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// Adds the bot's bearer token to each Connector attempt, and refuses to send it over plain http or to a host that is
/// not trusted (brief §1.4, §2.1: "send it only to the Connector"). In local mode no token exists and nothing is refused.
/// </summary>
internal sealed class BotAuthorizationHandler(
    IBotTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<BotAuthorizationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("A Connector request needs an absolute URL.");
        var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            // The token is a credential: over plain http anyone on the path could replay it.
            if (uri.Scheme != Uri.UriSchemeHttps)
            {
                logger.UntrustedServiceUrlRefused(uri.Host);
                throw new ConnectorException($"Refused to send the bot's token to {uri.Host} over plain http; the Connector is reached over https.");
            }

            if (!trustedServiceUrls.IsTrusted(uri))
            {
                logger.UntrustedServiceUrlRefused(uri.Host);
                throw new ConnectorException(
                    $"Refused to send the bot's token to {uri.Host}: that service URL did not arrive on an authenticated " +
                    "activity and is not a configured Connector host.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
