using OrientationBot.Tests.Cards;

namespace OrientationBot.Tests.Manifest;

/// <summary>A throw-away copy of the repository's manifest/ folder, plus a place for packages, deleted on dispose.</summary>
internal sealed class ManifestCopy : IDisposable
{
    public ManifestCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), $"orientationbot-manifest-{Guid.NewGuid():N}");
        Folder = Path.Combine(Root, "manifest");
        Directory.CreateDirectory(Folder);
        foreach (var file in new[] { "manifest.template.json", "color.png", "outline.png" })
            File.Copy(Path.Combine(RepositoryManifest, file), Path.Combine(Folder, file));
    }

    public static string RepositoryManifest => Path.Combine(RepositoryRoot.Find(), "manifest");

    /// <summary>Holds the manifest folder; packages go here too.</summary>
    public string Root { get; }

    public string Folder { get; }

    public string PackagePath(string name = "package.zip") => Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
