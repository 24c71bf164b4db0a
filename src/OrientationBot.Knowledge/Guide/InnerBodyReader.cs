using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Bodies the guide places inside a unit without describing them: "… and the Gender Parity Team in the Office of the
/// Director for Coordination and Shared Services (ODCSS)". A newcomer who asks for the body is asking for the unit
/// the guide puts it in, so the body's name becomes one of that unit's aliases, and the sentence one of its passages.
/// Names the directory already knows, or that end another unit's name ("… and Planning Unit"), are left alone.
/// </summary>
internal static partial class InnerBodyReader
{
    public static void Attach(UnitRegistry registry)
    {
        foreach (var unit in registry.All.ToList())
        {
            foreach (var paragraph in unit.Paragraphs)
            {
                foreach (Match match in InnerBody().Matches(paragraph))
                {
                    var body = match.Groups["body"].Value;
                    if (registry.Find(body) is not null || registry.All.Any(u => EndsWithWords(u.Name, body)))
                        continue;
                    if (Host(registry, match.Groups["host"].Value) is { } host)
                    {
                        host.Aliases.AddDistinct(body);
                        host.Mentions.AddDistinct(Mention(paragraph, match.Value));
                    }
                }
            }
        }
    }

    /// <summary>The sentence from the body's name on, quoted as a fragment: "… the Gender Parity Team in the Office of …".</summary>
    private static string Mention(string paragraph, string match)
    {
        var sentence = SentenceSplitter.Split(paragraph).First(s => s.Contains(match, StringComparison.Ordinal)).Trim();
        var start = sentence.IndexOf(match, StringComparison.Ordinal);
        return start == 0 ? sentence : "\u2026 " + sentence[start..];
    }

    /// <summary>The longest run of the host words that names a unit: "Office of the Director for … Services".</summary>
    private static UnitDraft? Host(UnitRegistry registry, string words)
    {
        var parts = words.Split(' ');
        for (var length = parts.Length; length >= 1; length--)
        {
            if (registry.Find(string.Join(' ', parts[..length])) is { } unit)
                return unit;
        }
        return null;
    }

    private static bool EndsWithWords(string name, string body) =>
        name.Length > body.Length && name.EndsWith(" " + body, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bthe (?<body>(?:[A-Z][a-z]+ ){1,4}(?:Team|Unit|Cell|Section|Branch))(?: \([A-Z]{2,8}\))? (?:in|within) (?:the )?(?<host>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|for|of|the|on))*)")]
    private static partial Regex InnerBody();
}
