using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Support;

/// <summary>
/// Runs cards through tests/tools/validate-cards.js: Microsoft's adaptivecards parser at max version 1.5 plus the
/// project's own rules (brief §7.5).
/// </summary>
internal static class CardValidator
{
    /// <summary>The validator's exit code and report for a JSON array of cards.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(JsonArray cards)
    {
        var file = Path.Combine(Path.GetTempPath(), $"orientationbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, cards.ToJsonString());
        try
        {
            return await NodeValidator.RunAsync("validate-cards.js", file, Path.Combine("adaptivecards", "dist", "adaptivecards.min.js"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The validator's report; empty when every card is valid.</summary>
    public static async Task<string> ProblemsAsync(IEnumerable<JsonObject> cards)
    {
        var (exitCode, output) = await RunAsync(new JsonArray([.. cards.Select(c => c.DeepClone())]));
        return exitCode == 0 ? "" : $"exit {exitCode}: {output}";
    }
}
