using Microsoft.Playwright;
using OrientationBot.Knowledge;

namespace OrientationBot.BrowserTests.Support;

/// <summary>Screenshots as test artifacts, in TestResults/browser/ at the repository root (git ignores TestResults/).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(
        Path.GetDirectoryName(PathSearch.FindAbove("OrientationBot.sln", AppContext.BaseDirectory, File.Exists)) ?? AppContext.BaseDirectory,
        "TestResults", "browser");

    /// <summary>The page with <paramref name="subject"/> scrolled into view: the chat scrolls inside the page, so a full-page shot alone can miss it.</summary>
    public static async Task SaveAsync(IPage page, string name, ILocator subject)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(subject);
        await subject.ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
