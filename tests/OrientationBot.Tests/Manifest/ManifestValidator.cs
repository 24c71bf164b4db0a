using System.ComponentModel;
using System.Diagnostics;
using OrientationBot.Tests.Cards;

namespace OrientationBot.Tests.Manifest;

/// <summary>
/// Runs tests/tools/validate-manifest.js (the pinned @microsoft/app-manifest schemas plus the icon rules, offline).
/// A missing install fails loudly: a skipped validator would let a package Teams refuses pass the build.
/// </summary>
internal static class ManifestValidator
{
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string packageOrFolder)
    {
        var root = RepositoryRoot.Find();
        var tools = Path.Combine(root, "tests", "tools");
        Assert.True(
            File.Exists(Path.Combine(tools, "node_modules", "@microsoft", "app-manifest", "package.json"))
                && File.Exists(Path.Combine(tools, "node_modules", "fs-extra", "package.json")),
            "The manifest validator's npm packages are not installed: run `npm ci --prefix tests/tools` from the repository root (CI does this before the tests).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(tools, "validate-manifest.js"));
        start.ArgumentList.Add(packageOrFolder);

        using var process = StartNode(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a timing assertion.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is not on PATH; install Node.js 20 or later to validate the app manifest.", e);
        }
    }
}
