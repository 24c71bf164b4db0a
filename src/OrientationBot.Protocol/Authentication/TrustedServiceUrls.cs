using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Protocol.Authentication;

/// <summary>
/// The Connector hosts the bot may send its token to: those that arrived on authenticated activities, the
/// configured default service URL's host and any configured extra hosts (brief §1.4, §8.8).
/// </summary>
/// <remarks>
/// Learned hosts live in memory only. A bot that sends proactively after a restart should call
/// <see cref="Trust"/> for the service URLs it stored from authenticated activities.
/// </remarks>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> learned = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> configuredHosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes the registry with the configured hosts.</summary>
    /// <param name="options">The Connector options naming the default service URL and extra hosts.</param>
    public TrustedServiceUrls(IOptions<ConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Uri.TryCreate(options.Value.DefaultServiceUrl, UriKind.Absolute, out var defaultUrl))
        {
            configuredHosts.Add(defaultUrl.IdnHost);
        }

        configuredHosts.UnionWith(options.Value.AdditionalTrustedHosts.Where(host => !string.IsNullOrWhiteSpace(host)));
    }

    /// <summary>Trusts the host and port of an https service URL that arrived on an authenticated activity.</summary>
    /// <param name="serviceUrl">The activity's service URL.</param>
    /// <returns><see langword="false"/> when the URL is not an absolute https URL and was ignored: the token never travels over http.</returns>
    public bool Trust(string? serviceUrl)
    {
        if (!TryGetAuthority(serviceUrl, out var authority))
        {
            return false;
        }

        learned.TryAdd(authority, 0);
        return true;
    }

    /// <summary>Tells whether a request to this URL may carry the bot's token.</summary>
    /// <param name="requestUri">The absolute URL of an outbound request.</param>
    public bool IsTrusted(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        if (!requestUri.IsAbsoluteUri)
        {
            return false;
        }

        return learned.ContainsKey(requestUri.GetLeftPart(UriPartial.Authority))
            || (requestUri.Scheme == Uri.UriSchemeHttps && configuredHosts.Contains(requestUri.IdnHost));
    }

    private static bool TryGetAuthority(string? url, out string authority)
    {
        authority = string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        authority = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }
}
