using System.Net;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Hosting;

/// <summary>What an operator sees when starting the built bot: where it listens, and what a bad setting does.</summary>
public sealed class HostStartupTests
{
    private static readonly Dictionary<string, string> LocalMode = new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" };

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("URLS")]
    [InlineData("Urls")]
    public async Task Address_FromTheEnvironment_MovesTheBot(string variable)
    {
        var url = $"http://127.0.0.1:{BotProcess.FreePort()}";
        using var bot = BotProcess.Start(new(LocalMode) { [variable] = url });

        Assert.Equal(HttpStatusCode.OK, await bot.GetWhenUpAsync(url, "/healthz"));
    }

    [Fact]
    public async Task Address_FromTheCommandLine_MovesTheBot()
    {
        var url = $"http://127.0.0.1:{BotProcess.FreePort()}";
        using var bot = BotProcess.Start(LocalMode, "--urls", url);

        Assert.Equal(HttpStatusCode.OK, await bot.GetWhenUpAsync(url, "/healthz"));
    }

    [Theory]
    [InlineData("Production", "MicrosoftAppType", "Bogus", "MicrosoftAppType")]
    [InlineData("Production", "Unused", "", "MicrosoftAppId")]
    [InlineData("Development", "LocalChat__PageDirectory", " ", "LocalChat:PageDirectory")]
    [InlineData("Development", "Conversations__MaxQuestionLength", "0", "Conversations:MaxQuestionLength")]
    public async Task BadSetting_StopsStartUpWithALineNamingIt(string environment, string variable, string value, string named)
    {
        using var bot = BotProcess.Start(new() { ["ASPNETCORE_ENVIRONMENT"] = environment, [variable] = value });

        var (exitCode, output, errors) = await bot.ExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        // One line per bad setting: an unknown app type in Production also leaves the app id missing.
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.StartsWith("OrientationBot cannot start: ", line));
        Assert.Contains(lines, line => line.Contains(named, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", errors);
        if (environment == "Development")
            Assert.Single(lines);
    }

    [Fact]
    public async Task Report_WithARelativeDataDirectory_ResolvesItFromTheApplicationNotTheWorkingDirectory()
    {
        using var report = BotProcess.Start(new(LocalMode) { ["Storage__DataDirectory"] = "no-such-data" }, "report");

        var (exitCode, _, errors) = await report.ExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains($"No store at {Path.Combine(AppContext.BaseDirectory, "no-such-data", "orientationbot.db")}", errors);
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "no-such-data")), "report created the store it was asked to read");
    }

    /// <summary>"01/12/2026" is the 1st of December to some and the 12th of January to others; the CLI asks instead of guessing.</summary>
    [Theory]
    [InlineData("report", "--since", "01/12/2026", "--since takes a date as YYYY-MM-DD, such as 2026-12-01 (got \"01/12/2026\").")]
    [InlineData("report", "--top", "ten", "--top takes a whole number from 1 to 10000 (got \"ten\").")]
    [InlineData("tips", "--start", "01/12/2026", "--start takes a date as YYYY-MM-DD, such as 2026-12-01 (got \"01/12/2026\").")]
    [InlineData("tips", "--preview", "many", "--preview takes a whole number from 1 to 400 (got \"many\").")]
    public async Task SubCommand_BadArgument_SaysWhatItTakesInOneLineWithoutATypeName(string subCommand, string option, string value, string message)
    {
        using var report = BotProcess.Start(new(LocalMode), subCommand, option, value);

        var (exitCode, _, errors) = await report.ExitAsync();

        Assert.Equal(2, exitCode);
        Assert.Equal(message, errors.Trim());
    }

    [Fact]
    public async Task Report_SaysWhichStoreItRead()
    {
        var url = $"http://127.0.0.1:{BotProcess.FreePort()}";
        var data = Directory.CreateTempSubdirectory("orientationbot-report-").FullName;
        try
        {
            var settings = new Dictionary<string, string>(LocalMode) { ["Storage__DataDirectory"] = data, ["ASPNETCORE_URLS"] = url };
            using (var bot = BotProcess.Start(settings))
                await bot.GetWhenUpAsync(url, "/healthz"); // the bot creates its store at start-up
            using var report = BotProcess.Start(settings, "report");

            var (exitCode, output, _) = await report.ExitAsync();

            Assert.Equal(0, exitCode);
            Assert.StartsWith($"From the SQLite database {Path.Combine(data, "orientationbot.db")}", output);
            Assert.Contains("none recorded", output);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
