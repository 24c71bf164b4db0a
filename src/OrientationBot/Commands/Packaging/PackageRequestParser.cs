using System.Text.RegularExpressions;

namespace OrientationBot.Commands.Packaging;

/// <summary>Checks the package command's options, with a message per mistake that says how to fix it.</summary>
internal static partial class PackageRequestParser
{
    public const string DefaultOutput = "OrientationBot-teams-app.zip";

    /// <summary>name.short's maxLength in the v1.23 manifest schema (protocol brief §7.2).</summary>
    public const int MaxShortName = 30;

    public static PackageRequestResult Parse(string? appId, string? domain = null, string? name = null, string? version = null, string? output = null)
    {
        var errors = new List<string>();
        var id = ParseAppId(appId, errors);
        var host = domain is null ? null : ParseDomain(domain.Trim(), errors);
        var shortName = name is null ? null : ParseName(name.Trim(), errors);
        if (version is not null && !Semver().IsMatch(version))
            errors.Add($"--app-version must be three numbers such as 1.0.1 (got \"{version}\"); raise it each time you upload a new package for the same app.");
        var path = ParseOutput(output ?? DefaultOutput, errors);
        return errors.Count > 0
            ? new PackageRequestResult(null, errors)
            : new PackageRequestResult(new PackageRequest(id, path!, host, shortName, version), []);
    }

    private static Guid ParseAppId(string? text, List<string> errors)
    {
        if (Guid.TryParse(text?.Trim(), out var id) && id != Guid.Empty)
            return id;
        errors.Add($"--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (got \"{text}\"). " +
                   "Copy it from the Azure Bot resource's Configuration page.");
        return Guid.Empty;
    }

    private static string? ParseDomain(string text, List<string> errors)
    {
        const string Example = "such as orientationbot.azurewebsites.net or *.example.org";
        if (text.Contains("://", StringComparison.Ordinal))
            errors.Add($"--domain must be a host name {Example}, without a scheme: drop \"{text[..(text.IndexOf("://", StringComparison.Ordinal) + 3)]}\" from \"{text}\".");
        else if (text.IndexOfAny(['/', '?', '#']) >= 0)
            errors.Add($"--domain must be a host name {Example}, without a path: use \"{text[..text.IndexOfAny(['/', '?', '#'])]}\" rather than \"{text}\".");
        else if (!Host().IsMatch(text))
            errors.Add($"--domain must be a host name {Example} (got \"{text}\"): letters, digits, hyphens and dots, no port.");
        else
            return text.ToLowerInvariant();
        return null;
    }

    private static string? ParseName(string text, List<string> errors)
    {
        if (text.Length == 0)
            errors.Add("--name must not be empty; leave it out to keep \"OrientationBot\".");
        else if (text.Length > MaxShortName)
            errors.Add($"--name is {text.Length} characters long; a Teams app's short name may have at most {MaxShortName} (\"{text}\").");
        else
            return text;
        return null;
    }

    private static string? ParseOutput(string text, List<string> errors)
    {
        var path = Directory.Exists(text) ? Path.Combine(text, DefaultOutput) : text;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return Path.GetFullPath(path);
        errors.Add($"--out must name a .zip file or an existing folder (got \"{text}\"); Teams uploads app packages as .zip.");
        return null;
    }

    // The schema's own semver pattern allows only three numbers (no pre-release tags); this is the strict form of it.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex Semver();

    // validDomains takes host names, optionally with a leading wildcard label (schema description, brief §7.3).
    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", RegexOptions.IgnoreCase)]
    private static partial Regex Host();
}
