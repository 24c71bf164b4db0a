using System.IO.Compression;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Manifest;

/// <summary>The built package through validate-manifest.js, and proof that the script does catch what Teams refuses.</summary>
public sealed class ManifestValidationTests
{
    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--domain", "orientationbot.azurewebsites.net", "--name", "OrientationBot (test)", "--app-version", "1.2.3")]
    public async Task Validator_BuiltPackage_ReportsNoProblems(params string[] args)
    {
        using var copy = new ManifestCopy();
        var run = PackageRun.Invoke(["--app-id", .. args, "--manifest-dir", copy.Folder, "--out", copy.PackagePath()]);
        Assert.Equal(0, run.ExitCode);

        var (exitCode, output) = await ManifestValidator.ValidateAsync(copy.PackagePath());

        Assert.True(exitCode == 0, $"validate-manifest.js reported problems:\n{output}");
    }

    [Fact]
    public async Task Validator_BrokenPackage_ReportsEachProblem()
    {
        using var copy = new ManifestCopy();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(copy.Folder, "manifest.template.json")))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        manifest["name"]!["short"] = new string('x', 31);
        var package = copy.PackagePath("broken.zip");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
            Add(zip, "color.png", PngFile.Solid(100, 100, 0, 158, 219, 255));
            Add(zip, "outline.png", PngFile.Solid(32, 32, 0, 158, 219, 255));
            Add(zip, "extra/readme.txt", [0x41]);
        }

        var (exitCode, output) = await ManifestValidator.ValidateAsync(package);

        Assert.Equal(1, exitCode);
        Assert.Contains("placeholder {{BOT_APP_ID}} was not filled in", output);
        Assert.Contains("/bots/0/scopes/1 must be equal to one of the allowed values", output);
        Assert.Contains("/name/short must NOT have more than 30 characters", output);
        Assert.Contains("icons.color (color.png) is 100×100; Teams needs 192×192", output);
        Assert.Contains("icons.outline (outline.png) must be white on transparent: 1024 pixel(s)", output);
        Assert.Contains("zip entry \"extra/readme.txt\" is not at the root", output);
    }

    [Fact]
    public async Task Validator_UnzippedPackageFolder_ReportsNoProblems()
    {
        using var copy = new ManifestCopy();
        var run = PackageRun.Invoke("--app-id", Guid.NewGuid().ToString(), "--manifest-dir", copy.Folder, "--out", copy.PackagePath());
        ZipFile.ExtractToDirectory(copy.PackagePath(), Path.Combine(copy.Root, "unzipped"));

        var (exitCode, output) = await ManifestValidator.ValidateAsync(Path.Combine(copy.Root, "unzipped"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(exitCode == 0, $"validate-manifest.js reported problems for the unzipped folder:\n{output}");
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }
}
