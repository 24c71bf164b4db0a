using System.Text.Json.Nodes;
using OrientationBot.Tests.Support;

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

    private static Task<(int ExitCode, string Output)> ValidateAsync(JsonArray cards) => CardValidator.RunAsync(cards);
}
