using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrientationBot.BrowserTests.Support;
using OrientationBot.Cards;
using OrientationBot.Knowledge;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.BrowserTests;

/// <summary>
/// Every kind of card the bot sends, built from the real guide, rendered by Microsoft's Adaptive Cards renderer
/// (adaptivecards 3.0.6, from tests/tools) with Teams' host config at Teams' width of 450 px, in Chromium. Teams shows
/// a button's title on one line and cuts what does not fit, and shows at most six actions in a row
/// (MicrosoftDocs/msteams-docs#5004); the local chat page stacks buttons at full width and hides both. Screenshots go
/// to TestResults/browser/teams-*.png.
/// </summary>
public sealed class TeamsCardRenderingTests : IAsyncLifetime
{
    private const int MaxActions = 6;

    private readonly LocalBotServer bot = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
            return;
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        await bot.DisposeAsync();
    }

    [ChromiumFact]
    public async Task EveryCardKind_AtTeamsWidth_HasNoCutButtonTitleAndNoActionSetLongerThanTeamsShows()
    {
        var cards = CardsOfEveryKind();
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 500, Height = 900 } });
        await page.SetContentAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Teams", "render.html")));
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RendererPath() });
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Teams", "teams-host-config.json"));

        var problems = new List<string>();
        foreach (var (name, card) in cards)
        {
            problems.AddRange(TooManyActions(card.Content).Select(p => $"{name}: {p}"));
            foreach (var (part, json) in WithInlineCards(name, card.Content))
            {
                var found = await page.EvaluateAsync<string[]>(RenderAndMeasure, new object[] { json.ToJsonString(), hostConfig, part });
                problems.AddRange(found.Select(p => $"{part}: {p}"));
            }
            Directory.CreateDirectory(Screenshots.Folder);
            await page.Locator($"[data-card='{name}']").ScreenshotAsync(
                new LocatorScreenshotOptions { Path = Path.Combine(Screenshots.Folder, $"teams-{name}.png") });
        }

        Assert.True(problems.Count == 0, "Cards that Teams would show cut or crowded:\n" + string.Join('\n', problems));
    }

    /// <summary>Renders one card into its own 450-px box and lists what Teams would cut: button titles, and the card's own width.</summary>
    private const string RenderAndMeasure = """
        ([json, hostConfig, name]) => {
          const card = new AdaptiveCards.AdaptiveCard();
          card.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig));
          card.parse(JSON.parse(json));
          const box = document.createElement("div");
          box.className = "card";
          box.dataset.card = name;
          box.appendChild(card.render());
          document.getElementById("cards").appendChild(box);
          const problems = [];
          for (const button of box.querySelectorAll(".ac-pushButton")) {
            if (button.offsetParent === null) continue; // inside a card not shown yet: measured on its own
            const title = button.getAttribute("aria-label") || button.textContent.trim();
            const cut = [button, ...button.querySelectorAll("*")].some(e => e.scrollWidth > e.clientWidth + 1);
            if (cut) problems.push(`button "${title}" is cut`);
          }
          if (box.scrollWidth > box.clientWidth + 1) problems.push(`the card is ${box.scrollWidth} px wide, wider than 450`);
          return problems;
        }
        """;

    private static IEnumerable<string> TooManyActions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["actions"] is JsonArray actions && actions.Count > MaxActions)
                    yield return $"{actions.Count} actions in one set, more than the {MaxActions} Teams shows";
                foreach (var (_, child) in obj)
                {
                    foreach (var problem in TooManyActions(child))
                        yield return problem;
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var problem in TooManyActions(child))
                        yield return problem;
                }
                break;
        }
    }

    /// <summary>The card, then each card an Action.ShowCard opens, each to be measured as Teams would show it once opened.</summary>
    private static IEnumerable<(string Name, JsonObject Card)> WithInlineCards(string name, JsonObject card)
    {
        yield return (name, card);
        var opened = 0;
        foreach (var inline in InlineCards(card))
        {
            var full = (JsonObject)inline.DeepClone();
            full["version"] ??= card["version"]?.DeepClone();
            yield return ($"{name}-opened-{++opened}", full);
        }
    }

    private static IEnumerable<JsonObject> InlineCards(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if ((string?)obj["type"] == "Action.ShowCard" && obj["card"] is JsonObject inner)
                yield return inner;
            foreach (var (_, child) in obj)
            {
                foreach (var found in InlineCards(child))
                    yield return found;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                foreach (var found in InlineCards(child))
                    yield return found;
            }
        }
    }

    /// <summary>Each kind of card, from real questions to the real answerer over the real guide, and the bot's other cards.</summary>
    private List<(string Name, BotCard Card)> CardsOfEveryKind()
    {
        var directory = bot.Services.GetRequiredService<UnitDirectory>();
        var answerer = bot.Services.GetRequiredService<IAnswerer>();
        BotCard Asked(string question) => AnswerCards.For(answerer.Ask(question), directory);
        var orolsi = directory.Units.First(u => u.Acronyms.Contains("OROLSI"));
        return
        [
            ("answer-about", Asked("what does OROLSI do")),
            ("answer-contact", Asked("how do I contact the police division")),
            ("answer-person", Asked("who heads DPO")),
            ("answer-website", Asked("website of the UN Mine Action Service")),
            ("answer-location", Asked("where is UNMAS based")),
            ("answer-asg-office", Asked("what does the office of the assistant secretary-general for africa do")),
            ("glossary", Asked("what's DPET")),
            ("structure-children", Asked("which units are in OROLSI")),
            ("structure-parent", Asked("what is the police division part of")),
            ("guide", Asked("where is the staff directory")),
            ("no-answer", Asked("what is on the cafeteria lunch menu today")),
            ("welcome", WelcomeCard.Build(directory)),
            ("help", HelpCard.Build()),
            ("units-overview", UnitsOverviewCard.Build(directory)),
            ("tip", TipCard.Build("Know your rule-of-law colleagues", "OROLSI brings police, justice and corrections together.", orolsi, "1.2", new TimeOnly(8, 30))),
            ("apology", ApologyCard.Build()),
            ("feedback-thanks", FeedbackThanksCard.Build(helpful: false, directory.FeedbackEmail)),
        ];
    }

    private static string RendererPath()
    {
        var root = Path.GetDirectoryName(PathSearch.FindAbove("OrientationBot.sln", AppContext.BaseDirectory, File.Exists))
            ?? throw new InvalidOperationException("The repository root (OrientationBot.sln) was not found above the test's folder.");
        var path = Path.Combine(root, "tests", "tools", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"Microsoft's Adaptive Cards renderer is not installed: run `npm ci` in tests/tools (Node.js 20+).");
    }
}
