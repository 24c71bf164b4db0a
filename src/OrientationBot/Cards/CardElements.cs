using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// Factories for the Adaptive Card 1.5 elements the builders use. Each returns null when it would be empty,
/// and every collection drops nulls, so no card ever carries an empty TextBlock, FactSet or ActionSet.
/// </summary>
internal static class CardElements
{
    /// <summary>Teams renders 1.5 and earlier (protocol brief §5).</summary>
    public const string Version = "1.5";

    public static BotCard Card(string fallbackText, IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["speak"] = Speak(fallbackText),
            ["body"] = Array(body),
        };
        var rootActions = Array(actions ?? []);
        if (rootActions.Count > 0)
            card["actions"] = rootActions;
        // Answers are text-heavy; the default Teams card width wraps them into a narrow column (§5).
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return new BotCard(card, fallbackText);
    }

    /// <summary>What a screen reader announces for the card: its first line (the unit, the term, the title), not all of it.</summary>
    private static string Speak(string fallbackText)
    {
        var firstLine = fallbackText.AsSpan().Trim();
        var end = firstLine.IndexOfAny('\n', '\r');
        return Excerpt.Shorten((end < 0 ? firstLine : firstLine[..end]).ToString(), 200);
    }

    public static JsonObject? Text(
        string? text,
        string? size = null,
        string? weight = null,
        string? color = null,
        bool subtle = false,
        string? spacing = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text.Trim(), ["wrap"] = true };
        if (size is not null)
            block["size"] = size;
        if (weight is not null)
            block["weight"] = weight;
        if (color is not null)
            block["color"] = color;
        if (subtle)
            block["isSubtle"] = true;
        if (spacing is not null)
            block["spacing"] = spacing;
        return block;
    }

    /// <summary>The card's title, marked as a heading so that screen readers can jump to it.</summary>
    public static JsonObject? Title(string? text)
    {
        var title = Text(text, size: "Large", weight: "Bolder");
        if (title is not null)
            title["style"] = "heading";
        return title;
    }

    public static JsonObject? Heading(string? text) => Text(text, weight: "Bolder", spacing: "Medium");

    public static JsonObject? Note(string? text) => Text(text, size: "Small", subtle: true);

    public static JsonObject? Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false)
    {
        var list = Array(items);
        if (list.Count == 0)
            return null;
        var container = new JsonObject { ["type"] = "Container", ["items"] = list };
        if (style is not null)
            container["style"] = style;
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "Medium";
        }
        return container;
    }

    /// <summary>Facts with an empty value are left out; the set is null when none remain.</summary>
    public static JsonObject? Facts(IEnumerable<(string Title, string? Value)> facts)
    {
        var list = new JsonArray();
        foreach (var (title, value) in facts)
        {
            if (!string.IsNullOrWhiteSpace(value))
                list.Add(new JsonObject { ["title"] = title, ["value"] = value.Trim() });
        }
        return list.Count == 0 ? null : new JsonObject { ["type"] = "FactSet", ["facts"] = list };
    }

    public static JsonObject? ActionSet(IEnumerable<JsonObject?> actions)
    {
        var list = Array(actions);
        return list.Count == 0 ? null : new JsonObject { ["type"] = "ActionSet", ["actions"] = list };
    }

    /// <summary>
    /// Choices as rows: each a line of its own that wraps and is clicked anywhere (a Container whose selectAction is the
    /// choice). Teams shows a button's title on one line and cuts the rest, so unit names, questions and link labels,
    /// which are long, are never buttons. Actions that cannot be a selectAction (Action.ShowCard) are dropped.
    /// </summary>
    public static IEnumerable<JsonObject> Rows(IEnumerable<JsonObject?> actions) =>
        actions.OfType<JsonObject>().Where(a => (string?)a["type"] is "Action.Submit" or "Action.OpenUrl").Select(Row);

    private static JsonObject Row(JsonObject action) => new()
    {
        ["type"] = "Container",
        ["spacing"] = "Small",
        ["selectAction"] = action,
        ["items"] = new JsonArray(Text("› " + (string?)action["title"], color: "Accent")),
    };

    /// <summary>
    /// Splits many buttons over several ActionSets: Teams shows at most six actions per set, and
    /// long unit names truncate when more than a few share a row.
    /// </summary>
    public static IEnumerable<JsonObject> ActionRows(IEnumerable<JsonObject> actions, int perRow = 3) =>
        actions.Chunk(perRow).Select(row => ActionSet(row)!);

    /// <summary>Only http(s) and mailto links, and only ones the model supplies, ever become buttons.</summary>
    public static JsonObject? OpenUrl(string title, string? url, string? tooltip = null)
    {
        if (url is null || !IsOpenableUrl(url))
            return null;
        var action = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };
        if (tooltip is not null)
            action["tooltip"] = tooltip;
        return action;
    }

    public static JsonObject ShowCard(string title, IEnumerable<JsonNode?> body, IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = Array(body),
            ["actions"] = Array(actions),
        },
    };

    public static JsonObject TimeInput(string id, string label, TimeOnly value) => new()
    {
        ["type"] = "Input.Time",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static JsonObject TextInput(string id, string label, string placeholder, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["placeholder"] = placeholder,
        ["isMultiline"] = true,
        ["maxLength"] = maxLength,
    };

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new([.. nodes.Where(n => n is not null)]);

    private static bool IsOpenableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
}
