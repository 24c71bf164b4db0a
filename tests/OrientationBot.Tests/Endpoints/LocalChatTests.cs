using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrientationBot.Endpoints;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints;

/// <summary>
/// Local mode's chat page at /: Microsoft Web Chat once the build has fetched it, or what to install until then.
/// Each test serves its own page folder, so the result does not depend on whether this machine has Node.js.
/// </summary>
public sealed class LocalChatTests : IDisposable
{
    private readonly string pageDirectory = Directory.CreateTempSubdirectory("orientationbot-chat-page-").FullName;
    private readonly BotFactory bot;

    public LocalChatTests()
    {
        File.WriteAllText(Path.Combine(pageDirectory, "index.html"), "<!doctype html><script src=\"webchat.js\"></script>");
        bot = new BotFactory
        {
            LocalMode = true,
            ConfigureServices = services => services.Configure<LocalChatOptions>(o => o.PageDirectory = pageDirectory),
        };
    }

    public void Dispose()
    {
        bot.Dispose();
        Directory.Delete(pageDirectory, recursive: true);
    }

    [Fact]
    public async Task Page_WhenWebChatIsBuilt_IsServedWithItsBundle()
    {
        Directory.CreateDirectory(Path.Combine(pageDirectory, "dist"));
        await File.WriteAllTextAsync(Path.Combine(pageDirectory, "dist", "webchat.js"), "window.WebChat = {};");
        using var client = bot.CreateClient();

        using var page = await client.GetAsync("/");
        using var bundle = await client.GetAsync("/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("webchat.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Equal("window.WebChat = {};", await bundle.Content.ReadAsStringAsync());
    }

    /// <summary>A page on another domain rebound to 127.0.0.1 sends its own Host: local mode answers loopback names only.</summary>
    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost:3978", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:3978", HttpStatusCode.OK)]
    public async Task AnyRequest_InLocalMode_IsAnsweredOnlyForLoopbackHostNames(string host, HttpStatusCode expected)
    {
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Page_WithoutTheWebChatBundle_SaysToInstallNodeAndBuildAgain()
    {
        using var client = bot.CreateClient();

        using var page = await client.GetAsync("/");
        using var bundle = await client.GetAsync("/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("Node.js 20 or later", text);
        Assert.Contains("dotnet run --project src/OrientationBot", text);
        Assert.Equal(HttpStatusCode.NotFound, bundle.StatusCode);
    }

    [Fact]
    public void Startup_WithoutTheWebChatBundle_WarnsOnce()
    {
        using var client = bot.CreateClient();

        Assert.Single(bot.Logs.Entries, e => e.EventId == 3203);
    }
}
