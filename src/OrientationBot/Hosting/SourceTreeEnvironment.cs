namespace OrientationBot.Hosting;

/// <summary>
/// `dotnet run --project src/OrientationBot` from a clone runs in Development (local mode) without a launch
/// profile: a launch profile makes `dotnet run` print a line on standard output, which would corrupt
/// `ask --json` and `units --json`. A published build has no project file beside it and keeps the usual
/// default, Production; an environment set explicitly always wins.
/// </summary>
internal static class SourceTreeEnvironment
{
    public static string? Default()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")))
            return null;
        // bin/<configuration>/<framework>/ under the project folder
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "OrientationBot.csproj"));
        return File.Exists(project) ? Environments.Development : null;
    }
}
