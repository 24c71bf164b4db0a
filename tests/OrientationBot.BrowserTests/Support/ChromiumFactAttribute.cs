namespace OrientationBot.BrowserTests.Support;

/// <summary>A fact that needs Chromium: skipped, saying why, on a machine without it; .ci/run installs it, so CI runs it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
            Skip = $"No Chromium at {Chromium.ExecutablePath}: install it (Debian/Ubuntu: apt-get install chromium) to run the browser tests.";
    }
}
