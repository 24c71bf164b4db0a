using System.Text.Json.Nodes;
using OrientationBot.Commands.Packaging;

namespace OrientationBot.Tests.Manifest;

/// <summary>The template as committed, and what the builder does to it.</summary>
public sealed class ManifestBuilderTests
{
    private static readonly Guid AppId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static string Template => File.ReadAllText(Path.Combine(ManifestCopy.RepositoryManifest, "manifest.template.json"));

    [Fact]
    public void Template_DeclaresTheBotCommandsAndSearchExtension()
    {
        var manifest = JsonNode.Parse(Template)!;

        var bot = manifest["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], Strings(bot["scopes"]));
        var personal = bot["commandLists"]!.AsArray().Single(l => Strings(l!["scopes"]).Contains("personal"))!;
        Assert.Equal(["help", "tip", "tips on", "tips off", "units"], personal["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.All(personal["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
        var search = manifest["composeExtensions"]![0]!["commands"]![0]!;
        Assert.Equal("searchUnits", search["id"]!.GetValue<string>());
        Assert.Equal("query", search["type"]!.GetValue<string>());
        Assert.Equal("Search units", search["title"]!.GetValue<string>());
        Assert.Equal(["compose", "commandBox"], Strings(search["context"]));
        Assert.Equal("query", search["parameters"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("OrientationBot", manifest["name"]!["short"]!.GetValue<string>());
        Assert.Equal("Orientation assistant for new Peace and Security Pillar staff", manifest["name"]!["full"]!.GetValue<string>());
    }

    [Fact]
    public void Template_ReferencesTheCommittedIcons()
    {
        var icons = JsonNode.Parse(Template)!["icons"]!;

        Assert.Equal(ManifestFolder.ColorIcon, icons["color"]!.GetValue<string>());
        Assert.Equal(ManifestFolder.OutlineIcon, icons["outline"]!.GetValue<string>());
    }

    [Fact]
    public void Build_NameWithQuotes_StaysValidJson()
    {
        var json = ManifestBuilder.Build(Template, new PackageRequest(AppId, "p.zip", ShortName: "Bot \"test\" & co"));

        Assert.Equal("Bot \"test\" & co", JsonNode.Parse(json)!["name"]!["short"]!.GetValue<string>());
    }

    [Fact]
    public void Build_UnknownPlaceholder_Throws()
    {
        var template = Template.Replace("\"1.0.0\"", "\"{{VERSION}}\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => ManifestBuilder.Build(template, new PackageRequest(AppId, "p.zip")));

        Assert.Contains("{{VERSION}}", error.Message);
    }

    [Fact]
    public void HasPlaceholderDeveloper_EditedDetails_IsFalse()
    {
        var manifest = JsonNode.Parse(ManifestBuilder.Build(Template, new PackageRequest(AppId, "p.zip")))!;
        Assert.True(ManifestBuilder.HasPlaceholderDeveloper(manifest.ToJsonString()));

        manifest["developer"] = new JsonObject
        {
            ["name"] = "UN DPPA-DPO",
            ["websiteUrl"] = "https://intranet.example.int/orientation",
            ["privacyUrl"] = "https://intranet.example.int/privacy",
            ["termsOfUseUrl"] = "https://intranet.example.int/terms",
        };

        Assert.False(ManifestBuilder.HasPlaceholderDeveloper(manifest.ToJsonString()));
    }

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());
}
