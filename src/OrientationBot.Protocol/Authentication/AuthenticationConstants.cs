using Microsoft.IdentityModel.Tokens;

namespace OrientationBot.Protocol.Authentication;

/// <summary>The public-cloud constants of channel-to-bot and bot-to-channel authentication, each from brief §1.2 or §2.1.</summary>
public static class AuthenticationConstants
{
    /// <summary>The OpenID metadata document that lists the channel's signing keys (BB <c>ToBotFromChannelOpenIdMetadataUrl</c>).</summary>
    public const string OpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only issuer accepted on inbound tokens (BB <c>ToBotFromChannelTokenIssuer</c>).</summary>
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>The claim holding the service URL the token was issued for (BB <c>ServiceUrlClaim</c>).</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The JWK member listing the channels a key is endorsed for (BB <c>EndorsementsRetriever</c>).</summary>
    public const string EndorsementsProperty = "endorsements";

    /// <summary>The scope of the bot's outbound token (AUTH-DOC; BB <c>MsalAppCredentials</c>).</summary>
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>The resource a managed identity asks a token for (AUTH-DOC).</summary>
    public const string BotFrameworkResource = "https://api.botframework.com";

    /// <summary>The authority template for outbound tokens; <c>{0}</c> is the tenant (BB <c>ToChannelFromBotLoginUrlTemplate</c>).</summary>
    public const string LoginUrlTemplate = "https://login.microsoftonline.com/{0}";

    /// <summary>The tenant multi-tenant bots get their tokens from (BB <c>DefaultChannelAuthTenant</c>).</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>The channel id of Microsoft Teams, which the signing key must be endorsed for.</summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>The allowed clock skew when checking token lifetime (BB <c>ChannelValidation.ClockSkew</c>).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The allowed signing algorithms (BB <c>AllowedSigningAlgorithms</c>).</summary>
    public static readonly IReadOnlyList<string> SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
}
