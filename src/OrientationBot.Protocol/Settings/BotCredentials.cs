namespace OrientationBot.Protocol.Settings;

/// <summary>
/// The bot's identity, bound from the configuration root with the Bot Framework's own setting names
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …) so that environment variables and user secrets
/// written for botbuilder work unchanged.
/// </summary>
public sealed class BotCredentials
{
    /// <summary>Gets or sets <c>SingleTenant</c> (default, the only kind Azure still creates), <c>MultiTenant</c> or <c>UserAssignedMSI</c>.</summary>
    /// <remarks>Botbuilder defaults to MultiTenant; new bots cannot be multi-tenant since July 2025 (brief §1.6).</remarks>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Gets or sets the Application (client) ID of the bot's Entra app registration; empty only for local development.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Gets or sets a client secret of the app registration; a secret, so keep it in user secrets or the environment.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Gets or sets the Directory (tenant) ID of the app registration; required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Gets or sets when the client secret expires, for a health check to warn in time.</summary>
    public DateTimeOffset? MicrosoftAppPasswordExpires { get; set; }

    /// <summary>Gets or sets an override of the OpenID metadata URL that publishes the channel's signing keys.</summary>
    public string? BotOpenIdMetadataUrl { get; set; }

    /// <summary>Gets whether <c>MicrosoftAppId</c> is empty, which means local mode: no inbound tokens required, no outbound tokens sent (brief §1.4).</summary>
    /// <remarks>The validator allows this only in the Development environment.</remarks>
    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Gets the parsed app type; <see cref="BotAppType.SingleTenant"/> when not set.</summary>
    /// <exception cref="InvalidOperationException">The setting holds an unknown value; the validator reports it first.</exception>
    public BotAppType AppType => TryParseAppType(MicrosoftAppType, out var type)
        ? type
        : throw new InvalidOperationException($"MicrosoftAppType '{MicrosoftAppType}' is not supported.");

    /// <summary>Gets the metadata URL to use: the override, else the documented Bot Framework URL.</summary>
    public string OpenIdMetadataUrl => string.IsNullOrWhiteSpace(BotOpenIdMetadataUrl)
        ? Authentication.AuthenticationConstants.OpenIdMetadataUrl
        : BotOpenIdMetadataUrl;

    internal static bool TryParseAppType(string? value, out BotAppType type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            type = BotAppType.SingleTenant;
            return true;
        }

        // Only names count: Enum.TryParse would also accept "1" or "SingleTenant,MultiTenant".
        foreach (var candidate in Enum.GetValues<BotAppType>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
