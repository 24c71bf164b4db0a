using OrientationBot.Knowledge;
namespace OrientationBot.Commands.Packaging;

/// <summary>The repository's manifest/ folder: the manifest template and the two icons that go into the package.</summary>
internal sealed class ManifestFolder
{
    public const string FolderName = "manifest";
    public const string TemplateFile = "manifest.template.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    private ManifestFolder(string path) => FullPath = path;

    public string FullPath { get; }

    /// <summary>A folder given on the command line, which must hold the template.</summary>
    public static ManifestFolder At(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(Path.Combine(full, TemplateFile)))
            throw new DirectoryNotFoundException($"{full} has no {TemplateFile}; --manifest-dir must name a folder like the repository's manifest/.");
        return new ManifestFolder(full);
    }

    /// <summary>
    /// The nearest manifest/ at or above each start directory in turn. `dotnet run` keeps the caller's working
    /// directory while the content root may be the project folder, so both are worth walking up from.
    /// </summary>
    public static ManifestFolder Locate(params IEnumerable<string> startDirectories)
    {
        var starts = startDirectories.Distinct().ToList();
        foreach (var start in starts)
        {
            if (PathSearch.FindAbove(FolderName, start, folder => File.Exists(Path.Combine(folder, TemplateFile))) is { } found)
                return new ManifestFolder(found);
        }
        throw new DirectoryNotFoundException(
            $"No {FolderName}/{TemplateFile} was found at or above {string.Join(" or ", starts)}. " +
            "Run the command inside the repository, or pass --manifest-dir <folder>.");
    }

    public string ReadTemplate() => File.ReadAllText(Path.Combine(FullPath, TemplateFile));

    public byte[] ReadIcon(string file) => File.ReadAllBytes(Path.Combine(FullPath, file));
}
