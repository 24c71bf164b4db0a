using System.IO.Compression;
using System.Text;

namespace OrientationBot.Commands.Packaging;

/// <summary>Writes the .zip Teams uploads: manifest.json and the two icons at its root, nothing else (brief §7.4).</summary>
internal static class AppPackageWriter
{
    public const string ManifestEntry = "manifest.json";

    public static void Write(string path, string manifestJson, byte[] color, byte[] outline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Write(file, manifestJson, color, outline);
    }

    public static void Write(Stream destination, string manifestJson, byte[] color, byte[] outline)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestEntry, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifestJson));
        Add(zip, ManifestFolder.ColorIcon, color);
        Add(zip, ManifestFolder.OutlineIcon, outline);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
