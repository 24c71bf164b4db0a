using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// A card to be posted where the bot may not be, as from the compose-box search: only what works without the bot is
/// kept, such as links and sections that open in place (Action.ShowCard). Presses that would reach the bot are dropped:
/// feedback, "Part of" and "Includes" rows, suggestions. So is a section left holding only its heading.
/// </summary>
internal static class SharedCard
{
    public static BotCard From(BotCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var content = (JsonObject)card.Content.DeepClone();
        Clean(content);
        return card with { Content = content };
    }

    /// <summary>False when the element needs the bot to work, or has nothing left once cleaned, and should go.</summary>
    private static bool Clean(JsonObject element)
    {
        if (element["selectAction"] is JsonObject select && NeedsTheBot(select))
            return false;
        if (element["actions"] is JsonArray actions)
        {
            Keep(actions, action => action is JsonObject a && !NeedsTheBot(a) && Clean(a));
            if (actions.Count == 0)
            {
                if ((string?)element["type"] == "ActionSet")
                    return false;
                element.Remove("actions");
            }
        }
        // A form whose submit was dropped has nothing to send its inputs with.
        if (element["card"] is JsonObject inner && (!Clean(inner) || HasInputs(inner)))
            return false;
        if (element["body"] is JsonArray body)
            Keep(body, child => child is JsonObject c && Clean(c));
        if (element["items"] is JsonArray items)
        {
            var before = items.Count;
            Keep(items, child => child is JsonObject c && Clean(c));
            if (items.Count == 0 || (items.Count < before && items.All(IsHeading)))
                return false;
        }
        return true;
    }

    private static bool HasInputs(JsonNode? node) => node switch
    {
        JsonObject obj => ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true
            || obj.Any(p => p.Key != "selectAction" && HasInputs(p.Value)),
        JsonArray array => array.Any(HasInputs),
        _ => false,
    };

    private static bool NeedsTheBot(JsonObject action) => (string?)action["type"] is "Action.Submit" or "Action.Execute";

    private static bool IsHeading(JsonNode? node) =>
        node is JsonObject { } block && (string?)block["type"] == "TextBlock" && (string?)block["weight"] == "Bolder";

    private static void Keep(JsonArray array, Func<JsonNode?, bool> keep)
    {
        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (!keep(array[i]))
                array.RemoveAt(i);
        }
    }
}
