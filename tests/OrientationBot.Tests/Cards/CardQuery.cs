using System.Text.Json.Nodes;
using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

/// <summary>Reads a card's JSON the way a test asserts on it: elements by type, texts, buttons.</summary>
internal static class CardQuery
{
    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var d in Descendants(child))
                        yield return d;
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var d in Descendants(item))
                        yield return d;
                }
                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(BotCard card, string type) =>
        Descendants(card.Content).Where(o => (string?)o["type"] == type);

    /// <summary>Every TextBlock text and fact, in document order, as "title: value" for facts.</summary>
    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        Descendants(node)
            .SelectMany(o => (string?)o["type"] switch
            {
                "TextBlock" => [(string)o["text"]!],
                "FactSet" => o["facts"]!.AsArray().Select(f => $"{f!["title"]}: {f["value"]}"),
                _ => Array.Empty<string>(),
            })
            .ToList();

    public static string AllText(BotCard card) => string.Join("\n", Texts(card.Content));

    /// <summary>The Action.Submit data objects whose verb is <paramref name="verb"/>.</summary>
    public static IReadOnlyList<JsonObject> Submits(BotCard card, string verb) =>
        OfType(card, "Action.Submit").Select(SubmitData).Where(d => (string?)d["verb"] == verb).ToList();

    /// <summary>What an Action.Submit sends the bot in Teams: its data, or for a messageBack the data's <c>msteams.value</c>.</summary>
    public static JsonObject SubmitData(JsonObject action)
    {
        var data = action["data"]!.AsObject();
        return data["msteams"]?["value"] is JsonObject value ? value : data;
    }

    public static IReadOnlyList<string> Urls(BotCard card) =>
        OfType(card, "Action.OpenUrl").Select(a => (string)a["url"]!).ToList();

    /// <summary>Index of the first body element whose text contains <paramref name="fragment"/>.</summary>
    public static int BodyIndexOf(BotCard card, string fragment)
    {
        var body = card.Content["body"]!.AsArray();
        for (var i = 0; i < body.Count; i++)
        {
            if (Texts(body[i]).Any(t => t.Contains(fragment, StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }
}
