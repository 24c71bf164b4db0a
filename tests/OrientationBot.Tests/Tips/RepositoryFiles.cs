namespace OrientationBot.Tests.Tips;

/// <summary>Finds files under the repository's knowledge/ folder by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Knowledge(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "knowledge", fileName);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"knowledge/{fileName} was not found above {AppContext.BaseDirectory}.");
    }
}
