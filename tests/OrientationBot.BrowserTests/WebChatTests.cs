using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrientationBot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrientationBot.BrowserTests;

/// <summary>
/// The local chat page as a newcomer uses it: Microsoft's Web Chat in Chromium, rendering the bot's cards with its own
/// Adaptive Cards renderer, talking to the bot through the Direct Line stand-in. Screenshots go to TestResults/browser/.
/// </summary>
public sealed class WebChatTests : IAsyncLifetime
{
    private const string Breadcrumb =
        "Department of Peace Operations › Office of Rule of Law and Security Institutions › Police Division › Selection and Recruitment Section";

    private readonly LocalBotServer bot = new();
    private readonly List<string> consoleErrors = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
            return;
        var address = bot.Start();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1500 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                consoleErrors.Add($"{message.Text} ({message.Location})");
        };
        // Web Chat polls once a second; a card shows within a poll or two of the turn.
        SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(address.ToString());
        Assert.False((await page.TitleAsync()).Contains("needs Node.js", StringComparison.Ordinal),
            "The bot served its page for a missing Web Chat bundle: build with Node.js 20+ on the PATH so ChatPage.targets fetches it.");
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        await bot.DisposeAsync();
    }

    [ChromiumFact]
    public async Task Chat_AskClickAndDecline_RendersTheBotsCards()
    {
        var cards = page.Locator(".ac-adaptiveCard");

        await Expect(cards.Filter(new() { HasText = "Welcome to OrientationBot" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-welcome", cards.First);

        await AskAsync("tell me about the selection and recruitment section");
        var answer = cards.Filter(new() { HasText = Breadcrumb });
        await Expect(answer).ToBeVisibleAsync();
        await Expect(answer.GetByText("Selection and Recruitment Section", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "02-selection-and-recruitment", answer);

        await answer.GetByRole(AriaRole.Button, new() { Name = "Police Division" }).ClickAsync();
        var division = cards.Filter(new() { HasText = "led by the UN Police Adviser" });
        await Expect(division).ToBeVisibleAsync();
        // Links and unit lists are rows (a container with a selectAction) rather than buttons, which Teams would cut.
        await Expect(division.GetByText("The Police Division website")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "03-police-division", division);

        await AskAsync("how do I get a building pass");
        // Web Chat's Markdown renderer turns the card's straight apostrophe into a typographic one.
        var decline = cards.Filter(new() { HasTextRegex = new Regex("The e-Guide doesn.t cover that") });
        await Expect(decline).ToBeVisibleAsync();
        await Expect(decline.GetByText("peacekeeping-training@un.org").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "04-no-answer", decline);

        Assert.True(consoleErrors.Count == 0, "The page logged errors:\n" + string.Join("\n", consoleErrors));
    }

    [ChromiumFact]
    public async Task WelcomeCard_TipTimeExampleAndFeedbackButtons_ReachTheBot()
    {
        var cards = page.Locator(".ac-adaptiveCard");
        var welcome = cards.Filter(new() { HasText = "Welcome to OrientationBot" });
        await Expect(welcome).ToBeVisibleAsync();

        await welcome.Locator("input[type=time]").FillAsync("08:30");
        await welcome.GetByRole(AriaRole.Button, new() { Name = "Send me a daily tip" }).ClickAsync();
        var tipsOn = page.Locator(".webchat__bubble").Filter(new() { HasTextRegex = new Regex("Daily tips are on: one each working day at 0?8:30") });
        await Expect(tipsOn).ToBeVisibleAsync();

        await welcome.GetByRole(AriaRole.Button, new() { Name = "What does OROLSI do?" }).ClickAsync();
        var answer = cards.Filter(new() { HasText = "Office of Rule of Law and Security Institutions (OROLSI)" });
        await Expect(answer).ToBeVisibleAsync();
        await answer.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).ClickAsync();
        await Expect(cards.Filter(new() { HasText = "Thanks, glad that helped." })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "05-tip-and-feedback", cards.Last);

        Assert.True(consoleErrors.Count == 0, "The page logged errors:\n" + string.Join("\n", consoleErrors));
    }

    /// <summary>Types into Web Chat's send box and sends, as a user does, and waits for the message in the transcript.</summary>
    private async Task AskAsync(string question)
    {
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(question);
        await sendBox.PressAsync("Enter");
        await Expect(page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = question })).ToBeVisibleAsync();
    }
}
