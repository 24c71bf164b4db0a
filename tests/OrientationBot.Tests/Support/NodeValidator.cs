using System.ComponentModel;
using System.Diagnostics;
using OrientationBot.Tests.Cards;

namespace OrientationBot.Tests.Support;

/// <summary>
/// Runs one of the pinned npm validators in tests/tools with node. A missing install fails loudly: a skipped
/// validator would let a card or a package that Teams refuses pass the build.
/// </summary>
internal static class NodeValidator
{
    /// <param name="script">The script in tests/tools, e.g. "validate-cards.js".</param>
    /// <param name="requiredPackages">Files under tests/tools/node_modules that must exist.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, string argument, params string[] requiredPackages)
    {
        var root = RepositoryRoot.Find();
        var tools = Path.Combine(root, "tests", "tools");
        Assert.True(
            requiredPackages.All(p => File.Exists(Path.Combine(tools, "node_modules", p))),
            $"The npm packages {script} needs are not installed: building this test project installs them with npm "
            + "(Node.js 20+); see its build output, or run `npm ci --prefix tests/tools`.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(tools, script));
        start.ArgumentList.Add(argument);

        using var process = Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a timing assertion.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is not on PATH; install Node.js 20 or later to run the validators.", e);
        }
    }
}
