namespace OrientationBot.Commands.Packaging;

/// <summary>A checked request for a Teams app package; null members keep the template's value.</summary>
/// <param name="AppId">The Azure Bot's Microsoft App ID, used as both the Teams app id and the bot id.</param>
/// <param name="OutputPath">Where the zip goes.</param>
/// <param name="Domain">A host name for validDomains, or null for none (a bot-only app needs none).</param>
/// <param name="ShortName">Replaces name.short, e.g. to tell a test bot from production.</param>
/// <param name="Version">Replaces version; Teams needs a higher one each time the app is updated.</param>
internal sealed record PackageRequest(Guid AppId, string OutputPath, string? Domain = null, string? ShortName = null, string? Version = null);
