using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>
/// The invariant of the endpoint (house style §7): whatever a signed caller sends, the answer is never a 5xx (save the
/// protocol's 501 for an invoke nobody handles) and no turn fails. Every fixture is mutated many ways, with a fixed seed so a failure can be replayed.
/// </summary>
public sealed class ActivityFuzzTests(BotFactory bot) : IClassFixture<BotFactory>
{
    private const int MutationsPerFixture = 60;

    public static TheoryData<string> Fixtures { get; } = [.. Fixture.All];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Messages_MutatedActivities_NeverAnswer5xxNorFailATurn(string fixture)
    {
        var random = new Random(fixture.GetHashCode(StringComparison.Ordinal) ^ 20261121);
        using var client = bot.CreateTeamsClient();
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFixture; i++)
        {
            var activity = Fixture.Load(fixture);
            var mutations = 1 + random.Next(4);
            for (var m = 0; m < mutations; m++)
                Mutate(activity, random);
            var body = activity.ToJsonString();

            using var response = await client.PostRawAsync(body);

            if ((int)response.StatusCode >= 500 && !IsUnhandledInvoke(activity, response.StatusCode))
                failures.Add($"{(int)response.StatusCode}: {Shorten(body)}");
        }

        Assert.Empty(failures);
        Assert.Empty(bot.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.EventId}: {e.Exception}"));
    }

    [Fact]
    public async Task Messages_RandomBodies_NeverAnswer5xx()
    {
        var random = new Random(20261121);
        using var client = bot.CreateTeamsClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 200; i++)
        {
            var body = random.Next(3) switch
            {
                0 => Encoding.Latin1.GetString([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256))]),
                1 => RandomValue(random, depth: 0)?.ToJsonString() ?? "null",
                _ => new JsonObject { ["type"] = RandomString(random), ["value"] = RandomValue(random, 0), ["name"] = RandomString(random) }.ToJsonString(),
            };
            using var response = await client.PostRawAsync(body);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.True((int)s < 500, $"answered {(int)s}"));
    }

    /// <summary>
    /// Mutations of the raw text that parse but could not be read later: a member named twice, a lone surrogate, invalid
    /// UTF-8, and cuts. Each is refused at the edge or handled; none fails a turn or answers 5xx.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Messages_MutatedRawText_AreRefusedOrHandledWithoutAFailedTurn(string fixture)
    {
        var random = new Random(fixture.GetHashCode(StringComparison.Ordinal) ^ 20261207);
        using var client = bot.CreateTeamsClient();
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFixture / 2; i++)
        {
            var text = Fixture.Load(fixture).ToJsonString();
            var body = MutateRaw(text, random);

            using var response = await client.PostBytesAsync(body);

            if ((int)response.StatusCode >= 500 && (int)response.StatusCode != 501)
                failures.Add($"{(int)response.StatusCode}: {Shorten(Encoding.UTF8.GetString(body))}");
        }

        Assert.Empty(failures);
        Assert.Empty(bot.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.EventId}: {e.Exception}"));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"type\":\"invoke\",\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"a\":1,\"a\":2}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"\\ud800 hi\"}")]
    [InlineData("{\"type\":\"message\",\"entities\":[{\"type\":\"mention\",\"text\":\"\\udc00\"}]}")]
    public async Task Messages_JsonThatCannotBeReadLater_IsRefusedAtTheEdge(string body)
    {
        using var client = bot.CreateTeamsClient();

        using var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Messages_InvalidUtf8InAString_IsRefusedAtTheEdge()
    {
        using var client = bot.CreateTeamsClient();
        byte[] body = [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        using var response = await client.PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static byte[] MutateRaw(string text, Random random)
    {
        switch (random.Next(4))
        {
            case 0: // a member named twice, at the top or inside the first nested object
                var brace = random.Next(2) == 0 ? 0 : Math.Max(0, text.IndexOf('{', 1));
                return Encoding.UTF8.GetBytes(text.Insert(brace + 1, "\"type\":\"message\",\"type\":\"invoke\","));
            case 1: // a lone surrogate escape inside some string
                var quote = text.IndexOf('"', random.Next(text.Length));
                return Encoding.UTF8.GetBytes(quote < 0 ? text : text.Insert(quote + 1, "\\ud800"));
            case 2: // invalid UTF-8 inside some string
                var bytes = Encoding.UTF8.GetBytes(text).ToList();
                var at = bytes.IndexOf((byte)'"', random.Next(bytes.Count));
                if (at >= 0)
                    bytes.InsertRange(at + 1, [0xC3, 0x28]);
                return [.. bytes];
            default: // cut short
                return Encoding.UTF8.GetBytes(text[..random.Next(1, text.Length)]);
        }
    }

    /// <summary>501 is the protocol's answer to an invoke nobody handles (brief §4), not a failure.</summary>
    private static bool IsUnhandledInvoke(JsonObject activity, HttpStatusCode status) =>
        status == HttpStatusCode.NotImplemented
        && activity["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "invoke";

    /// <summary>One change: drop a field, or replace a field (at any depth) with a value of a random kind.</summary>
    private static void Mutate(JsonObject activity, Random random)
    {
        var containers = Containers(activity).ToList();
        var target = containers[random.Next(containers.Count)];
        var keys = target.Select(p => p.Key).ToList();
        var key = keys.Count > 0 && random.Next(4) > 0 ? keys[random.Next(keys.Count)] : RandomKey(random);
        if (random.Next(5) == 0)
            target.Remove(key);
        else
            target[key] = RandomValue(random, depth: 0);
    }

    private static IEnumerable<JsonObject> Containers(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Containers(p.Value))],
        JsonArray array => array.SelectMany(Containers),
        _ => [],
    };

    private static string RandomKey(Random random) =>
        new[] { "type", "name", "value", "text", "action", "conversation", "from", "recipient", "entities", "membersAdded", "membersRemoved",
            "serviceUrl", "channelData", "id", "verb", "data", "unitId", "parameters", "queryOptions", "tipTime", "helpful", "localTimezone" }[random.Next(22)];

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(3) - 1),
        2 => JsonValue.Create(random.NextDouble() * 1e12),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(RandomString(random)),
        5 => JsonValue.Create(new[] { "message", "invoke", "installationUpdate", "conversationUpdate", "adaptiveCard/action",
            "composeExtension/query", "composeExtension/selectItem", "remove", "add", "openUnit", "feedback", "tipsOn", "changeTime",
            "personal", "channel", "groupChat", "Action.Execute", "28:" + Fixture.BotAppId, "", "99:99", "Europe/Zurich", "../../etc/passwd" }[random.Next(22)]),
        6 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(_ => KeyValuePair.Create(RandomKey(random), RandomValue(random, depth + 1)))
            .DistinctBy(p => p.Key)),
    };

    private static string RandomString(Random random)
    {
        var length = random.Next(6) == 0 ? random.Next(1000, 20000) : random.Next(0, 40);
        return new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(1, 0x2FFF))]);
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
