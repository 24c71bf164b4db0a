using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// Gets the bot's token with MSAL: client credentials for SingleTenant and MultiTenant, the managed identity for
/// UserAssignedMSI (brief §2.1). One MSAL application per process, whose in-memory cache refreshes near expiry.
/// </summary>
internal sealed class MsalBotTokenProvider(IOptions<BotCredentials> options, ILogger<MsalBotTokenProvider> logger) : IBotTokenProvider
{
    private static readonly string[] Scopes = [AuthenticationConstants.BotFrameworkScope];

    private readonly BotCredentials credentials = options.Value;
    private readonly Lazy<IConfidentialClientApplication> confidentialClient = new(() => BuildConfidentialClient(options.Value));
    private readonly Lazy<IManagedIdentityApplication> managedIdentity = new(() => BuildManagedIdentity(options.Value));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        // Local mode: botbuilder's AppCredentials.ShouldSetToken is false without an app id (brief §1.4).
        if (credentials.AuthenticationDisabled)
        {
            return null;
        }

        try
        {
            var result = credentials.AppType == BotAppType.UserAssignedMSI
                ? await managedIdentity.Value.AcquireTokenForManagedIdentity(AuthenticationConstants.BotFrameworkResource)
                    .ExecuteAsync(cancellationToken).ConfigureAwait(false)
                : await confidentialClient.Value.AcquireTokenForClient(Scopes)
                    .ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            logger.TokenAcquisitionFailed(ex.ErrorCode, ex);
            throw new ConnectorException(
                $"Could not get the bot's token from Entra ID ({ex.ErrorCode}).",
                errorCode: ex.ErrorCode,
                innerException: ex);
        }
    }

    /// <summary>Returns the token authority: the bot's tenant for SingleTenant, <c>botframework.com</c> for MultiTenant (brief §1.6).</summary>
    internal static string Authority(BotCredentials credentials) => string.Format(
        CultureInfo.InvariantCulture,
        AuthenticationConstants.LoginUrlTemplate,
        credentials.AppType == BotAppType.SingleTenant ? credentials.MicrosoftAppTenantId : AuthenticationConstants.MultiTenantAuthority);

    private static IConfidentialClientApplication BuildConfidentialClient(BotCredentials credentials) =>
        ConfidentialClientApplicationBuilder.Create(credentials.MicrosoftAppId)
            .WithAuthority(Authority(credentials))
            .WithClientSecret(credentials.MicrosoftAppPassword)
            .Build();

    private static IManagedIdentityApplication BuildManagedIdentity(BotCredentials credentials) =>
        ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(credentials.MicrosoftAppId))
            .Build();
}
