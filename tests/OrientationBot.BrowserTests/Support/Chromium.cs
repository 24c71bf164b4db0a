using Microsoft.Playwright;

namespace OrientationBot.BrowserTests.Support;

/// <summary>
/// Debian's Chromium (`apt-get install chromium`, as .ci/run does), driven by Playwright. Playwright's own browser
/// download is never used: the tests point it at the installed executable.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox (CI runs as root in a container), no GPU, and none of the background traffic a first run would start.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
