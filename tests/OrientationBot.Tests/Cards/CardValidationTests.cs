using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Cards;

/// <summary>
/// Runs every card through tests/tools/validate-cards.js, the pinned adaptivecards 3.0.6 parser at max version 1.5
/// (protocol brief §7.5). A missing install fails loudly: a skipped validator would let a broken card reach Teams.
/// </summary>
public sealed class CardValidationTests
{
    [Fact]
    public async Task Validator_EveryCardKind_ReportsNoProblems()
    {
        var cards = new JsonArray([.. CardCatalog.All().Select(c => c.Content.DeepClone())]);

        var (exitCode, output) = await ValidateAsync(cards);

        Assert.True(exitCode == 0, $"validate-cards.js reported problems:\n{output}");
    }

    [Fact]
    public async Task Validator_BrokenCard_ReportsEachProblem()
    {
        var broken = JsonNode.Parse("""
            { "type": "AdaptiveCard", "version": "1.6",
              "body": [ { "type": "TextBlok", "text": "x" }, { "type": "TextBlock", "text": " ", "wrap": true } ] }
            """)!;

        var (exitCode, output) = await ValidateAsync(new JsonArray(broken));

        Assert.Equal(1, exitCode);
        Assert.Contains("TextBlok", output);
        Assert.Contains("\"version\" is \"1.6\"", output);
        Assert.Contains("empty TextBlock", output);
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(JsonArray cards)
    {
        var root = RepositoryRoot.Find();
        var tools = Path.Combine(root, "tests", "tools");
        Assert.True(
            File.Exists(Path.Combine(tools, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js")),
            "The card validator's npm packages are not installed: run `npm ci --prefix tests/tools` from the repository root (CI does this before the tests).");

        var file = Path.Combine(Path.GetTempPath(), $"orientationbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, cards.ToJsonString());
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

            using var process = StartNode(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // A guard against a hung process, not a timing assertion.
            using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(cancel.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process StartNode(ProcessStartInfo start)
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
