using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using OrientationBot.Tests.Cards;

namespace OrientationBot.Tests.Support;

/// <summary>
/// Runs cards through tests/tools/validate-cards.js, Microsoft's adaptivecards parser at max version 1.5 plus the
/// project's own rules (brief §7.5), as the Cards tests do. A missing install fails: a skipped check proves nothing.
/// </summary>
internal static class CardValidator
{
    /// <summary>The validator's report; empty when every card is valid.</summary>
    public static async Task<string> ProblemsAsync(IEnumerable<JsonObject> cards)
    {
        var root = RepositoryRoot.Find();
        var tools = Path.Combine(root, "tests", "tools");
        Assert.True(
            File.Exists(Path.Combine(tools, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js")),
            "The card validator's npm packages are not installed: run `npm ci --prefix tests/tools` from the repository root.");

        var file = Path.Combine(Path.GetTempPath(), $"orientationbot-replies-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonArray([.. cards.Select(c => c.DeepClone())]).ToJsonString());
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(tools, "validate-cards.js"));
            start.ArgumentList.Add(file);
            using var process = Start(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // A guard against a hung process, not a timing assertion.
            using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(cancel.Token);
            var output = await stdout + await stderr;
            return process.ExitCode == 0 ? "" : $"exit {process.ExitCode}: {output}";
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is not on PATH; install Node.js 20 or later to validate cards.", e);
        }
    }
}
