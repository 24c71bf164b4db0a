using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;
using OrientationBot.Tests.Cards;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>
/// Invariants over everything the bot actually sends (house style §7): for the 350 evaluation questions, every unit,
/// every command and install, each reply card passes Microsoft's parser at version 1.5, and every URL and email
/// address it shows occurs verbatim in knowledge/.
/// </summary>
public sealed class ReplyCardInvariantTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Replies_ToEveryQuestionUnitAndCommand_PassTheValidatorAndLinkOnlyWhatKnowledgeSays()
    {
        var cards = await CollectReplyCardsAsync();

        var unique = cards.DistinctBy(c => c.ToJsonString()).ToList();
        Assert.True(unique.Count > 100, $"only {unique.Count} distinct cards were collected");
        var links = unique.SelectMany(KnowledgeText.LinksIn).Distinct().ToList();
        Assert.Contains(bot.Get<UnitDirectory>().FeedbackEmail, links);
        Assert.Contains(links, l => l.StartsWith("https://", StringComparison.Ordinal));
        var notInKnowledge = links.Where(link => !KnowledgeText.Contains(link)).ToList();
        Assert.Empty(notInKnowledge);
        Assert.Equal("", await CardValidator.ProblemsAsync(unique));
    }

    private async Task<List<JsonObject>> CollectReplyCardsAsync()
    {
        using var client = bot.CreateTeamsClient();
        var key = Guid.NewGuid().ToString("N");
        var conversationId = Fixture.ConversationId(Fixture.Load(Fixture.PersonalMessage, key));

        await client.PostActivityAsync(Fixture.Load(Fixture.InstallationUpdateAdd, key));
        foreach (var text in Questions().Concat(["help", "units", "tip", "what is the meaning of life"]))
        {
            var message = Fixture.Load(Fixture.PersonalMessage, key);
            message["text"] = text;
            await client.PostActivityAsync(message);
        }

        var presses = bot.Get<UnitDirectory>().Units.Select(u => new JsonObject { ["verb"] = "openUnit", ["unitId"] = u.Id })
            .Append(new JsonObject { ["verb"] = "feedback", ["helpful"] = false, ["question"] = "q" })
            .Append(new JsonObject { ["verb"] = "feedback", ["helpful"] = true, ["question"] = "q" });
        foreach (var value in presses)
        {
            var press = Fixture.Load(Fixture.CardSubmit, key);
            press["value"] = value;
            await client.PostActivityAsync(press);
        }

        return [.. bot.Connector.SentTo(conversationId).Select(s => s.Card).OfType<JsonObject>()];
    }

    /// <summary>The Knowledge project's evaluation questions (its TestData), read in place.</summary>
    private static IEnumerable<string> Questions() =>
        File.ReadLines(Path.Combine(RepositoryRoot.Find(), "tests", "OrientationBot.Knowledge.Tests", "TestData", "questions.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .Where(q => q.Length > 0);
}
