using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Endpoints;

/// <summary>
/// Authentication end to end (brief §1.3, §8.8): every forged or spoiled token is answered 401 with no detail and the
/// activity is not acted on; a valid one is answered 200.
/// </summary>
public sealed class MessagesAuthenticationTests(BotFactory bot) : IClassFixture<BotFactory>
{
    public static TheoryData<string> Forgeries { get; } =
    [
        "no token", "not bearer", "not a jwt", "bad signature", "unpublished key", "wrong issuer", "wrong audience", "expired",
        "not yet valid", "missing endorsement", "serviceUrl mismatch", "no serviceUrl claim",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Messages_WithForgedToken_Return401WithoutDetailOrReply(string forgery)
    {
        var activity = Fixture.Load(Fixture.PersonalMessage);
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityPosting.MessagesPath)
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (Header(forgery) is { } header)
            request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task Messages_WithValidToken_Return200()
    {
        var activity = Fixture.Load(Fixture.PersonalMessage);
        using var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bot.Channel.CreateToken());

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
    }

    [Fact]
    public async Task Messages_SigningKeysUnreachable_Return503()
    {
        using var unreachable = new BotFactory();
        unreachable.Channel.Retriever.Unreachable = true;
        using var client = unreachable.CreateTeamsClient();

        using var response = await client.PostActivityAsync(Fixture.Load(Fixture.PersonalMessage));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private string? Header(string forgery)
    {
        var channel = bot.Channel;
        var now = DateTime.UtcNow;
        return forgery switch
        {
            "no token" => null,
            "not bearer" => "Basic " + channel.CreateToken(),
            "not a jwt" => "Bearer not.a.jwt",
            "bad signature" => "Bearer " + Tamper(channel.CreateToken()),
            "unpublished key" => "Bearer " + channel.CreateToken(key: channel.UnpublishedKey),
            "wrong issuer" => "Bearer " + channel.CreateToken(adjust: d => d.Issuer = "https://sts.windows.net/evil/"),
            "wrong audience" => "Bearer " + channel.CreateToken(adjust: d => d.Audience = Guid.NewGuid().ToString()),
            // Beyond the 5-minute clock skew either way (brief §1.2).
            "expired" => "Bearer " + channel.CreateToken(adjust: d => (d.IssuedAt, d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddHours(-2), now.AddMinutes(-10))),
            "not yet valid" => "Bearer " + channel.CreateToken(adjust: d => (d.IssuedAt, d.NotBefore, d.Expires) = (now, now.AddMinutes(10), now.AddHours(1))),
            "missing endorsement" => "Bearer " + channel.CreateToken(key: channel.UnendorsedKey),
            "serviceUrl mismatch" => "Bearer " + channel.CreateToken(serviceUrl: "https://attacker.example.org/"),
            "no serviceUrl claim" => "Bearer " + channel.CreateToken(adjust: d => d.Claims.Clear()),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };
    }

    /// <summary>The same header and claims with one signature byte changed.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0xFF;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }
}
