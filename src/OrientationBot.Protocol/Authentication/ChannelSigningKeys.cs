using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Protocol.Authentication;

/// <summary>
/// The channel's signing keys from the OpenID metadata document, cached and refreshed by
/// <see cref="ConfigurationManager{T}"/> (brief §1.5): automatically every 12 hours, and on request
/// (at most once per <see cref="RefreshAllowance"/>) when a token names a key that is not in the cache.
/// </summary>
internal sealed class ChannelSigningKeys
{
    /// <summary>
    /// The library's default is 5 minutes. Anyone can send a token naming an unknown key before its signature is
    /// checked, so one stranger's request used that allowance up and a key the channel had really just rotated to was
    /// refused for 5 minutes. Thirty seconds costs a stranger at most two small fetches a minute, and the Connector's
    /// retries outlast it.
    /// </summary>
    internal static readonly TimeSpan RefreshAllowance = TimeSpan.FromSeconds(30);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly ILogger<ChannelSigningKeys> logger;

    public ChannelSigningKeys(IOptions<BotCredentials> credentials, IDocumentRetriever documentRetriever, ILogger<ChannelSigningKeys> logger)
        : this(credentials, documentRetriever, logger, RefreshAllowance)
    {
    }

    /// <summary>With another allowance, for tests that cannot wait 30 seconds.</summary>
    internal ChannelSigningKeys(
        IOptions<BotCredentials> credentials, IDocumentRetriever documentRetriever, ILogger<ChannelSigningKeys> logger, TimeSpan refreshAllowance)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            credentials.Value.OpenIdMetadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            documentRetriever)
        {
            RefreshInterval = refreshAllowance,
        };
        this.logger = logger;
    }

    /// <summary>Returns the cached metadata, asking for a refresh first when <paramref name="keyId"/> is unknown.</summary>
    /// <remarks>
    /// After the first fetch the library refreshes in the background, so a token signed by a brand-new key is
    /// rejected once and accepted as soon as the refresh lands; the Connector retries.
    /// </remarks>
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(keyId) || HasKey(configuration, keyId))
        {
            return configuration;
        }

        logger.SigningKeyUnknown(LogValue.Short(keyId)); // logged before any signature is checked
        manager.RequestRefresh();
        return await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
