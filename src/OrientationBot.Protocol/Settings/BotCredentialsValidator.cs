using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OrientationBot.Protocol.Settings;

/// <summary>
/// Checks the MicrosoftApp* settings at start-up; each message names the setting, the bad value and the fix.
/// An empty app id is local mode and allowed only in Development (brief §1.4 recommendation).
/// </summary>
internal sealed class BotCredentialsValidator(IHostEnvironment environment) : IValidateOptions<BotCredentials>
{
    private const string AppIdFix = "set it to the Application (client) ID of the bot's Entra app registration.";

    public ValidateOptionsResult Validate(string? name, BotCredentials options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateMetadataUrl(options, failures);
        if (!BotCredentials.TryParseAppType(options.MicrosoftAppType, out var appType))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported: set it to SingleTenant, MultiTenant or UserAssignedMSI, or remove it for SingleTenant.");
        }

        if (options.AuthenticationDisabled)
        {
            ValidateLocalMode(options, failures);
        }
        else
        {
            ValidateIdentity(options, appType, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateLocalMode(BotCredentials options, List<string> failures)
    {
        if (!environment.IsDevelopment())
        {
            failures.Add(
                $"MicrosoftAppId is empty in the '{environment.EnvironmentName}' environment: {AppIdFix} " +
                "To run locally without authentication instead, leave it empty and set ASPNETCORE_ENVIRONMENT=Development.");
        }

        if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add(
                "MicrosoftAppPassword is set but MicrosoftAppId is empty: set MicrosoftAppId to the Application (client) ID " +
                "of the bot's Entra app registration, or remove MicrosoftAppPassword to run locally without authentication.");
        }
    }

    private static void ValidateIdentity(BotCredentials options, BotAppType appType, List<string> failures)
    {
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add($"MicrosoftAppId '{options.MicrosoftAppId}' is not a GUID: {AppIdFix}");
        }

        var tenantId = options.MicrosoftAppTenantId;
        if (appType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(tenantId))
        {
            failures.Add(
                "MicrosoftAppTenantId is empty but MicrosoftAppType is SingleTenant: set it to the Directory (tenant) ID " +
                "of the bot's Entra app registration, or set MicrosoftAppType to MultiTenant for a legacy multi-tenant bot.");
        }
        else if (!string.IsNullOrWhiteSpace(tenantId) && !IsTenant(tenantId))
        {
            failures.Add(
                $"MicrosoftAppTenantId '{tenantId}' is not a GUID or a domain name: set it to the Directory (tenant) ID " +
                "of the bot's Entra app registration.");
        }

        if (appType != BotAppType.UserAssignedMSI && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add(
                $"MicrosoftAppPassword is empty but MicrosoftAppType is {appType}: set it to a client secret of the bot's " +
                "Entra app registration (user secrets or the MicrosoftAppPassword environment variable), " +
                "or set MicrosoftAppType to UserAssignedMSI to use a managed identity.");
        }
    }

    private static void ValidateMetadataUrl(BotCredentials options, List<string> failures)
    {
        var url = options.BotOpenIdMetadataUrl;
        if (!string.IsNullOrWhiteSpace(url)
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            failures.Add(
                $"BotOpenIdMetadataUrl '{url}' is not an absolute https URL: remove it to use the Bot Framework's " +
                "published keys, or set it to the https address of an OpenID metadata document.");
        }
    }

    // A tenant is named by its GUID or by one of its domains (contoso.onmicrosoft.com); MSAL accepts both.
    private static bool IsTenant(string value) =>
        Guid.TryParse(value, out _)
        || (value.Contains('.') && Uri.CheckHostName(value) == UriHostNameType.Dns);
}
