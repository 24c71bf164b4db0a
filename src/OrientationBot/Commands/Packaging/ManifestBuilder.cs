using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrientationBot.Commands.Packaging;

/// <summary>Turns manifest.template.json into the manifest.json of one bot's package.</summary>
internal static partial class ManifestBuilder
{
    /// <summary>The Azure Bot's Microsoft App ID; the template uses it for the Teams app id and both bot ids.</summary>
    public const string AppIdPlaceholder = "{{BOT_APP_ID}}";

    /// <summary>The bot's host name in validDomains; the entry is dropped when no domain is given.</summary>
    public const string DomainPlaceholder = "{{DOMAIN}}";

    public static string Build(string template, PackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);

        // Both values are checked to be a GUID and a bare host name, so plain text replacement keeps the JSON valid.
        var filled = template.Replace(AppIdPlaceholder, request.AppId.ToString("D"), StringComparison.Ordinal);
        if (request.Domain is not null)
            filled = filled.Replace(DomainPlaceholder, request.Domain, StringComparison.Ordinal);

        var manifest = Parse(filled);
        if (manifest["validDomains"] is JsonArray domains)
        {
            foreach (var entry in domains.Where(d => d is JsonValue v && v.TryGetValue<string>(out var s) && s == DomainPlaceholder).ToList())
                domains.Remove(entry);
        }
        if (request.ShortName is not null && manifest["name"] is JsonObject name)
            name["short"] = request.ShortName;
        if (request.Version is not null)
            manifest["version"] = request.Version;

        var json = manifest.ToJsonString(CommandOutput.Json) + "\n";
        if (Placeholder().Match(json) is { Success: true } left)
            throw new InvalidDataException($"{ManifestFolder.TemplateFile} has a placeholder the package command does not fill: {left.Value}. It fills {AppIdPlaceholder} and {DomainPlaceholder}.");
        return json;
    }

    /// <summary>Whether the developer block still holds the template's "EDIT ME" name or example.org links.</summary>
    public static bool HasPlaceholderDeveloper(string manifestJson)
    {
        var developer = Parse(manifestJson)["developer"]?.ToJsonString() ?? "";
        return developer.Contains("EDIT ME", StringComparison.OrdinalIgnoreCase) || developer.Contains("example.org", StringComparison.OrdinalIgnoreCase);
    }

    private static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"{ManifestFolder.TemplateFile} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{ManifestFolder.TemplateFile} is not valid JSON: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Placeholder();
}
