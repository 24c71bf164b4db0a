using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Protocol.Authentication;

/// <summary>
/// Validates channel-to-bot tokens exactly as brief §1.3 lists: Bearer header, issuer before signature,
/// signature with the channel's keys, lifetime with 5 minutes of skew, audience, key endorsement, service URL.
/// </summary>
internal sealed class BotRequestAuthenticator : IBotRequestAuthenticator
{
    /// <summary>Rejection lines a minute: enough to diagnose a misconfigured bot, too few for a flood to fill the disk.</summary>
    internal const int RejectionLinesPerMinute = 20;

    private readonly JsonWebTokenHandler handler = new();
    private readonly LogBudget rejectionLines;
    private readonly BotCredentials credentials;
    private readonly bool localMode;
    private readonly ChannelSigningKeys signingKeys;
    private readonly TrustedServiceUrls trustedServiceUrls;
    private readonly ILogger<BotRequestAuthenticator> logger;

    public BotRequestAuthenticator(
        IOptions<BotCredentials> credentials,
        IHostEnvironment environment,
        ChannelSigningKeys signingKeys,
        TrustedServiceUrls trustedServiceUrls,
        TimeProvider time,
        ILogger<BotRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(environment);
        this.credentials = credentials.Value;
        this.signingKeys = signingKeys;
        this.trustedServiceUrls = trustedServiceUrls;
        this.logger = logger;
        rejectionLines = new LogBudget(time, RejectionLinesPerMinute);

        // Local mode needs both an empty app id and Development (brief §1.4); anywhere else an empty app id
        // rejects every request, as Microsoft's newer Teams SDK does, even if start-up validation was skipped.
        localMode = this.credentials.AuthenticationDisabled && environment.IsDevelopment();
        if (localMode)
        {
            logger.LocalModeEnabled();
        }
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await AuthenticateCoreAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            LogRejection(result.FailureReason);
        }
        else if (result.IsAnonymous)
        {
            logger.AnonymousRequestAccepted();
        }
        else if (trustedServiceUrls.Trust(activity.ServiceUrl))
        {
            logger.ServiceUrlTrusted(activity.ServiceUrl);
        }

        return result;
    }

    private void LogRejection(string? reason)
    {
        if (!rejectionLines.TryTake(out var skipped))
        {
            return;
        }

        if (skipped > 0)
        {
            logger.RejectionsNotLogged(skipped);
        }

        logger.RequestRejected(reason);
    }

    private async Task<BotAuthenticationResult> AuthenticateCoreAsync(string? header, CoreActivity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return localMode ? BotAuthenticationResult.Anonymous() : Fail("the request has no Authorization header");
        }

        if (!TryReadBearerToken(header, out var token))
        {
            return Fail("the Authorization header is not 'Bearer <token>'");
        }

        if (credentials.AuthenticationDisabled)
        {
            // Botbuilder still validates a token sent in local mode (brief §1.4); with no app id its audience
            // can never match, so the outcome is known without fetching keys.
            return Fail("a token was sent but MicrosoftAppId is empty, so its audience cannot match");
        }

        if (!TryReadJwt(token, out var jwt))
        {
            return Fail("the bearer token is not a well-formed JWT");
        }

        // Step 2: the issuer is read before any signature work; only channel tokens are accepted.
        if (!string.Equals(jwt.Issuer, AuthenticationConstants.ChannelTokenIssuer, StringComparison.Ordinal))
        {
            return Fail($"the token issuer is not {AuthenticationConstants.ChannelTokenIssuer}");
        }

        // Steps 3 to 5: signature, algorithm, lifetime and audience.
        var configuration = await signingKeys.GetConfigurationAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        var validation = await handler.ValidateTokenAsync(jwt, CreateParameters(configuration)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            // Only the exception's type: IdentityModel messages may quote token parts when PII logging is on.
            return Fail($"the token failed validation ({validation.Exception?.GetType().Name ?? "no reason given"})");
        }

        // Step 6: the signing key must be endorsed for the activity's channel.
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return Fail("the activity has no channelId to check the signing key's endorsements against");
        }

        // The validating key's id comes first; the kid header is the fallback for keys whose id is a thumbprint.
        var validatingKeyId = (validation.SecurityToken as JsonWebToken)?.SigningKey?.KeyId;
        if (!Endorsements.Allow(configuration, [validatingKeyId, jwt.Kid], activity.ChannelId))
        {
            return Fail($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        // Step 7: the token must have been issued for the service URL the activity asks us to answer to.
        var claimedServiceUrl = validation.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(claimedServiceUrl))
        {
            return Fail("the token has no serviceurl claim");
        }

        if (!string.Equals(claimedServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Fail("the token's serviceurl claim differs from the activity's serviceUrl");
        }

        return BotAuthenticationResult.Authenticated(validation.ClaimsIdentity, credentials.MicrosoftAppId!);
    }

    private TokenValidationParameters CreateParameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = AuthenticationConstants.ChannelTokenIssuer,
        ValidAudience = credentials.MicrosoftAppId,
        IgnoreTrailingSlashWhenValidatingAudience = false, // botbuilder compares the audience exactly
        ClockSkew = AuthenticationConstants.ClockSkew,
        ValidAlgorithms = AuthenticationConstants.SigningAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        IssuerSigningKeys = configuration.SigningKeys,
    };

    private bool TryReadJwt(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        if (!handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            jwt = handler.ReadJsonWebToken(token);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return false;
        }
    }

    // Step 1: exactly two space-separated parts; the scheme is compared case-insensitively (brief §1.3).
    private static bool TryReadBearerToken(string header, out string token)
    {
        var parts = header.Split(' ');
        token = parts.Length == 2 ? parts[1] : string.Empty;
        return parts.Length == 2
            && string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase)
            && token.Length > 0;
    }

    private static BotAuthenticationResult Fail(string reason) => BotAuthenticationResult.Failed(reason);
}
