namespace OrientationBot.Tests.Cards;

/// <summary>The checkout's root, found by walking up from the test assembly to the folder holding OrientationBot.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrientationBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No OrientationBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
