using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrientationBot.Tests.Cards;

namespace OrientationBot.Tests.Support;

/// <summary>Everything in knowledge/, as one text, and the URLs and email addresses a reply card shows.</summary>
internal static partial class KnowledgeText
{
    private static readonly Lazy<string> All = new(() => string.Join(
        "\n",
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "knowledge"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)));

    public static bool Contains(string fragment) => All.Value.Contains(fragment, StringComparison.Ordinal);

    /// <summary>
    /// Every URL and email address in the card: Action.OpenUrl targets (a mailto: counts as its address; its subject and
    /// body are the bot's own words), and those written in any text, markdown links included.
    /// </summary>
    public static IEnumerable<string> LinksIn(JsonNode? card)
    {
        foreach (var text in Strings(card))
        {
            if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                yield return Uri.UnescapeDataString(text[7..].Split('?')[0]);
                continue;
            }

            foreach (Match url in Url().Matches(text))
                yield return url.Value.TrimEnd('.', ',', ';', ':');
            foreach (Match email in Email().Matches(text))
            {
                if (!text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                    yield return email.Value.TrimEnd('.');
            }
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        // "$schema" names the card format for tools; it is never shown to anyone.
        JsonObject obj => obj.Where(p => p.Key != "$schema").SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [GeneratedRegex(@"https?://[^\s)\]""'<>]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")]
    private static partial Regex Email();
}
