namespace OrientationBot.Knowledge;

/// <summary>
/// Finds a path given relative to a folder by trying that folder and each one above it: the content root is the
/// project folder under `dotnet run` and the test host, while knowledge/, manifest/ and tests/ sit at the repository root.
/// </summary>
public static class PathSearch
{
    /// <summary>The first <c>start/relativePath</c>, <c>start/../relativePath</c>, … that <paramref name="accept"/> takes; null when none does.</summary>
    public static string? FindAbove(string relativePath, string startDirectory, Func<string, bool> accept)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        ArgumentNullException.ThrowIfNull(accept);
        if (Path.IsPathFullyQualified(relativePath))
            return accept(relativePath) ? relativePath : null;
        for (var folder = new DirectoryInfo(startDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (accept(candidate))
                return candidate;
        }
        return null;
    }
}
