using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_EverythingWorks_Returns200WithEachCheck()
    {
        using var bot = new BotFactory();
        using var client = bot.CreateClient();

        var (status, body) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["index"]!["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["store"]!["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["connectorToken"]!["status"]);
    }

    [Fact]
    public async Task Healthz_TokenCannotBeAcquired_Returns503NamingTheCheck()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConnectorException("AADSTS7000215: invalid client secret"));
        using var bot = new BotFactory { ConfigureServices = services => services.AddSingleton(tokens.Object) };
        using var client = bot.CreateClient();

        var (status, body) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("failed", (string?)body["checks"]!["connectorToken"]!["status"]);
        Assert.DoesNotContain("AADSTS", body.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Twenty calls while the token is refused: one token request, one logged error, twenty 503s.</summary>
    [Fact]
    public async Task Healthz_CalledRepeatedly_ChecksOnceWhileTheResultIsFresh()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new ConnectorException("refused"));
        var time = new ManualTimeProvider();
        using var bot = new BotFactory { Time = time, ConfigureServices = services => services.AddSingleton(tokens.Object) };
        using var client = bot.CreateClient();

        for (var call = 0; call < 20; call++)
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(client)).Status);
        tokens.Verify(t => t.GetTokenAsync(It.IsAny<CancellationToken>()), Times.Once());

        time.Advance(OrientationBot.Hosting.HealthEndpoint.Freshness);
        await GetAsync(client);
        tokens.Verify(t => t.GetTokenAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Healthz_SecretExpiring_KeepsTheDateForTheLog()
    {
        var time = new ManualTimeProvider();
        var expires = time.GetUtcNow().AddDays(10);
        using var bot = new BotFactory
        {
            Time = time,
            ConfigureServices = services => services.Configure<BotCredentials>(c => c.MicrosoftAppPasswordExpires = expires),
        };
        using var client = bot.CreateClient();

        var (_, body) = await GetAsync(client);

        Assert.DoesNotContain(expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains(expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, "warning", HttpStatusCode.OK)]
    [InlineData(-1, "failed", HttpStatusCode.ServiceUnavailable)]
    [InlineData(90, "ok", HttpStatusCode.OK)]
    public async Task Healthz_SecretExpiry_WarnsThirtyDaysAhead(int daysLeft, string expected, HttpStatusCode expectedStatus)
    {
        var time = new ManualTimeProvider();
        using var bot = new BotFactory
        {
            Time = time,
            ConfigureServices = services => services.Configure<BotCredentials>(c => c.MicrosoftAppPasswordExpires = time.GetUtcNow().AddDays(daysLeft)),
        };
        using var client = bot.CreateClient();

        var (status, body) = await GetAsync(client);

        Assert.Equal(expectedStatus, status);
        Assert.Equal(expected, (string?)body["checks"]!["appPassword"]!["status"]);
    }

    [Fact]
    public async Task Healthz_InLocalMode_SkipsTheTokenCheck()
    {
        using var bot = new BotFactory { LocalMode = true };
        using var client = bot.CreateClient();

        var (status, body) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["checks"]!["connectorToken"]);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
