using System.Net;
using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>The search message extension (brief §4.3, §4.4): results with previews, answered in the HTTP response within Teams' 5 s.</summary>
public sealed class ComposeExtensionTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task ComposeExtensionQuery_Topic_ReturnsUnitResultsEachWithAThumbnailPreview()
    {
        var (status, body) = await QueryAsync("landmines");

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body["composeExtension"]!;
        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = result["attachments"]!.AsArray();
        Assert.InRange(attachments.Count, 1, 10);
        Assert.All(attachments, a =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a!["contentType"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a["preview"]!["contentType"]);
            var preview = a["preview"]!["content"]!;
            Assert.False(string.IsNullOrWhiteSpace((string?)preview["title"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)preview["text"]));
            Assert.Equal("invoke", (string?)preview["tap"]!["type"]);
        });
        Assert.Equal("un-mine-action-service", (string?)attachments[0]!["preview"]!["content"]!["tap"]!["value"]!["unitId"]);
        Assert.Contains("UNMAS", (string?)attachments[0]!["preview"]!["content"]!["title"]);
        Assert.Equal("", await CardValidator.ProblemsAsync(attachments.Select(a => a!["content"]!.AsObject())));
    }

    [Fact]
    public async Task ComposeExtensionQuery_StartOfAnAcronym_FindsTheUnitFirst()
    {
        var (_, body) = await QueryAsync("orol");

        Assert.Equal(Fixture.OrolsiId, (string?)body["composeExtension"]!["attachments"]![0]!["preview"]!["content"]!["tap"]!["value"]!["unitId"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task ComposeExtensionQuery_Empty_ListsTheTopOfTheTree(string? text)
    {
        var (status, body) = await QueryAsync(text);

        Assert.Equal(HttpStatusCode.OK, status);
        var ids = UnitIds(body);
        Assert.Equal(10, ids.Count);
        var roots = bot.Get<UnitDirectory>().Roots.Select(r => r.Id).ToList();
        Assert.Equal(roots, ids.Take(roots.Count));
    }

    [Fact]
    public async Task ComposeExtensionQuery_NoMatch_ReturnsAnEmptyResultListNotAnError()
    {
        var (status, body) = await QueryAsync("qqqzzzxxj");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("result", (string?)body["composeExtension"]!["type"]);
        Assert.Empty(body["composeExtension"]!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task ComposeExtensionQuery_VeryLongQuery_StillAnswers()
    {
        var (status, body) = await QueryAsync(string.Concat(Enumerable.Repeat("police mine action training ", 2000)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(UnitIds(body).Count, 1, 10);
    }

    [Fact]
    public async Task ComposeExtensionQuery_PagedByTeams_SkipsTheFirstResults()
    {
        var (_, first) = await QueryAsync("", skip: 0, count: 4);
        var (_, second) = await QueryAsync("", skip: 4, count: 4);

        Assert.Equal(4, UnitIds(first).Count);
        Assert.Empty(UnitIds(first).Intersect(UnitIds(second)));
    }

    [Fact]
    public async Task ComposeExtensionQuery_MalformedValue_Returns400()
    {
        var activity = Fixture.Load(Fixture.ComposeExtensionQuery);
        activity["value"] = "landmines";

        var (status, _) = await InvokeAsync(activity, expectBody: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task ComposeExtensionSelectItem_KnownUnit_ReturnsItsFullAnswerCard()
    {
        var (status, body) = await InvokeAsync(Fixture.Load(Fixture.ComposeExtensionSelectItem));

        Assert.Equal(HttpStatusCode.OK, status);
        var attachment = Assert.Single(body["composeExtension"]!["attachments"]!.AsArray())!;
        var card = attachment["content"]!.AsObject();
        Assert.Contains("Office of Rule of Law and Security Institutions", card.ToJsonString());
        Assert.Equal("", await CardValidator.ProblemsAsync([card]));
    }

    /// <summary>
    /// The card goes into a chat the bot may not be in: links and sections that open in place stay; presses that would
    /// reach the bot (feedback, "Part of" and "Includes" rows) and the comment form whose submit they need are gone.
    /// </summary>
    [Fact]
    public async Task ComposeExtensionSelectItem_KnownUnit_CardKeepsOnlyWhatWorksWithoutTheBot()
    {
        var (_, body) = await InvokeAsync(Fixture.Load(Fixture.ComposeExtensionSelectItem));

        var card = body["composeExtension"]!["attachments"]![0]!["content"]!.AsObject();
        var elements = OrientationBot.Tests.Cards.CardQuery.Descendants(card).ToList();
        Assert.DoesNotContain(elements, e => (string?)e["type"] is "Action.Submit" or "Action.Execute");
        Assert.DoesNotContain(elements, e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Part of", card.ToJsonString());
        Assert.Contains(elements, e => (string?)e["type"] == "Action.OpenUrl");
        Assert.Contains(elements, e => (string?)e["type"] == "Action.ShowCard" && (string?)e["title"] == "More");
    }

    [Fact]
    public async Task ComposeExtensionSelectItem_UnitGone_SaysSoAsAMessage()
    {
        var activity = Fixture.Load(Fixture.ComposeExtensionSelectItem);
        activity["value"]!["unitId"] = "removed-unit";

        var (status, body) = await InvokeAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
    }

    [Fact]
    public async Task ComposeExtensionSelectItem_NoUnitId_Returns400()
    {
        var activity = Fixture.Load(Fixture.ComposeExtensionSelectItem);
        activity["value"] = new JsonObject();

        var (status, _) = await InvokeAsync(activity, expectBody: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static List<string> UnitIds(JsonObject body) =>
        [.. body["composeExtension"]!["attachments"]!.AsArray().Select(a => (string)a!["preview"]!["content"]!["tap"]!["value"]!["unitId"]!)];

    private Task<(HttpStatusCode, JsonObject)> QueryAsync(string? text, int skip = 0, int count = 25)
    {
        var activity = Fixture.Load(Fixture.ComposeExtensionQuery);
        activity["value"] = new JsonObject
        {
            ["commandId"] = "searchUnits",
            ["parameters"] = text is null
                ? new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" })
                : new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
        return InvokeAsync(activity);
    }

    private async Task<(HttpStatusCode, JsonObject)> InvokeAsync(JsonObject activity, bool expectBody = true)
    {
        using var client = bot.CreateTeamsClient();
        return await client.InvokeAsync(activity, expectBody);
    }
}
