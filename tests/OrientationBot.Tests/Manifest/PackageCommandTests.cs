using System.IO.Compression;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Manifest;

/// <summary>`package` end to end through System.CommandLine: the zip it writes, and how it refuses bad input.</summary>
public sealed class PackageCommandTests
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Fact]
    public void Package_ForGuid_WritesExactlyThreeFilesAtTheRoot()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(copy.PackagePath());
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal(File.ReadAllBytes(Path.Combine(copy.Folder, "color.png")), Read(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(copy.Folder, "outline.png")), Read(zip, "outline.png"));
        Assert.Contains(copy.PackagePath(), run.Output);
    }

    [Fact]
    public void Package_ForGuid_FillsTheIdEverywhere()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId.ToUpperInvariant(), "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        using var zip = ZipFile.OpenRead(copy.PackagePath());
        var text = System.Text.Encoding.UTF8.GetString(Read(zip, "manifest.json"));
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("{{", text);
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Empty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public void Package_WithDomainNameAndVersion_FillsThem()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--domain", "OrientationBot.azurewebsites.net", "--name", "OrientationBot (test)",
            "--app-version", "1.0.7", "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        using var zip = ZipFile.OpenRead(copy.PackagePath());
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["orientationbot.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("OrientationBot (test)", manifest["name"]!["short"]!.GetValue<string>());
        Assert.Equal("1.0.7", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public void Package_OutIsAFolder_WritesTheDefaultFileName()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--manifest-dir", copy.Folder, "--out", copy.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(copy.PackagePath("OrientationBot-teams-app.zip")), run.Output + run.Error);
    }

    [Fact]
    public void Package_WithoutManifestDir_FindsTheRepositoryManifest()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--out", copy.PackagePath());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("placeholders", run.Error); // the committed template keeps its EDIT ME developer details
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2504e0-4f89-11d3-9a0c")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Package_WithBadAppId_RefusesWithExitCode2(string appId)
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", appId, "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000", run.Error);
        Assert.False(File.Exists(copy.PackagePath()));
    }

    [Fact]
    public void Package_WithoutAppId_IsBadUsage()
    {
        var run = PackageRun.Invoke("--domain", "bot.example.org");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--app-id", run.Error);
    }

    [Theory]
    [InlineData("https://bot.example.org", "without a scheme")]
    [InlineData("bot.example.org/api/messages", "without a path")]
    [InlineData("bot.example.org:443", "no port")]
    public void Package_WithBadDomain_RefusesWithExitCode2(string domain, string message)
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--domain", domain, "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--domain must be a host name", run.Error);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void Package_WithTooLongName_RefusesWithExitCode2()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--name", "OrientationBot for the whole Pillar", "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--name is 35 characters long; a Teams app's short name may have at most 30", run.Error);
    }

    [Fact]
    public void Package_WithWrongSizeIcon_FailsWithExitCode1()
    {
        using var copy = new ManifestCopy();
        File.WriteAllBytes(Path.Combine(copy.Folder, "color.png"), PngFile.Solid(64, 64, 0, 158, 219, 255));

        var run = PackageRun.Invoke("--app-id", AppId, "--manifest-dir", copy.Folder, "--out", copy.PackagePath());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("color.png is 64×64; Teams needs 192×192", run.Error);
        Assert.False(File.Exists(copy.PackagePath()));
    }

    [Fact]
    public void Package_WithMissingManifestDir_FailsWithExitCode1()
    {
        using var copy = new ManifestCopy();

        var run = PackageRun.Invoke("--app-id", AppId, "--manifest-dir", copy.Root, "--out", copy.PackagePath());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no manifest.template.json", run.Error);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
