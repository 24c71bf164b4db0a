namespace OrientationBot.Tips;

/// <summary>
/// Finds a knowledge file given relative to the content root. The content root is the project folder under
/// `dotnet run` and the test host, while knowledge/ sits at the repository root, so the search walks up.
/// </summary>
internal static class KnowledgeFileLocator
{
    public static string? Find(string configuredPath, string contentRootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuredPath);
        if (Path.IsPathFullyQualified(configuredPath))
            return File.Exists(configuredPath) ? configuredPath : null;

        for (var folder = new DirectoryInfo(contentRootPath); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, configuredPath);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
