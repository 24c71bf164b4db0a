using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// The Action.Submit data contract. Every button sends <c>{"verb": …}</c> plus the fields its verb needs; Teams
/// returns that object as the message activity's <c>value</c>, with each input's value added under the input's id
/// (protocol brief §4.2, §8.5). <see cref="CardAction.TryParse"/> reads it back.
/// </summary>
public static class CardActions
{
    public const string VerbField = "verb";

    public static class Verbs
    {
        /// <summary>Ask a question as if typed: <c>text</c>.</summary>
        public const string Ask = "ask";
        /// <summary>Show a unit's answer card: <c>unitId</c>.</summary>
        public const string OpenUnit = "openUnit";
        /// <summary>Rate an answer: <c>helpful</c> (bool), <c>question</c>, <c>unitId</c> (optional), <c>comment</c> (optional input).</summary>
        public const string Feedback = "feedback";
        public const string Help = "help";
        public const string Units = "units";
        /// <summary>Subscribe to the daily tip: <c>tipTime</c> ("HH:mm", from the Input.Time).</summary>
        public const string TipsOn = "tipsOn";
        public const string TipsOff = "tipsOff";
        public const string NextTip = "nextTip";
        /// <summary>Move the daily tip: <c>tipTime</c> ("HH:mm", from the Input.Time).</summary>
        public const string ChangeTime = "changeTime";
    }

    public static class Fields
    {
        public const string Text = "text";
        public const string UnitId = "unitId";
        public const string Helpful = "helpful";
        public const string Question = "question";
        /// <summary>The id of the feedback comment Input.Text.</summary>
        public const string Comment = "comment";
        /// <summary>The id of the tip time Input.Time.</summary>
        public const string TipTime = "tipTime";
    }

    /// <summary>Questions ride along in feedback data; a cap keeps a pasted essay from bloating every card.</summary>
    internal const int MaxQuestionLength = 500;

    internal static JsonObject Ask(string title, string text) =>
        LeavingATrail(Submit(title, Verbs.Ask, new JsonObject { [Fields.Text] = text }));

    internal static JsonObject OpenUnit(string title, string unitId, string? tooltip = null) =>
        LeavingATrail(Submit(title, Verbs.OpenUnit, new JsonObject { [Fields.UnitId] = unitId }, tooltip));

    /// <summary>
    /// Makes a navigation press a Teams <c>messageBack</c>: the user's choice appears in the chat as their own message
    /// (<c>displayText</c>), so the bot's next card does not come out of nowhere, and Teams sends the bot the choice's
    /// data as the message's <c>value</c> (TD: cards-actions, Adaptive Cards actions). The data lives there only, once:
    /// other clients (Web Chat) send the whole data object, and <see cref="CardAction.TryParse"/> reads it inside, as it
    /// reads a value Teams passes on as a JSON string. Its <c>text</c> is the choice in words: should the value ever be
    /// lost, the bot answers the name as a question and still opens the unit.
    /// </summary>
    private static JsonObject LeavingATrail(JsonObject action)
    {
        var value = (JsonObject)action["data"]!;
        action.Remove("data"); // a node has one parent: taken out before it moves inside
        action["data"] = new JsonObject
        {
            [MessageBack] = new JsonObject
            {
                ["type"] = "messageBack", ["displayText"] = (string)action["title"]!, ["text"] = (string)action["title"]!, ["value"] = value,
            },
        };
        return action;
    }

    /// <summary>The Teams-specific part of an Action.Submit's data (brief §4.2).</summary>
    internal const string MessageBack = "msteams";

    internal static JsonObject Feedback(string title, bool helpful, string question, string? unitId)
    {
        var data = new JsonObject
        {
            [Fields.Helpful] = helpful,
            [Fields.Question] = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question,
        };
        if (unitId is not null)
            data[Fields.UnitId] = unitId;
        return Submit(title, Verbs.Feedback, data);
    }

    internal static JsonObject Help(string title) => Submit(title, Verbs.Help);

    internal static JsonObject Units(string title) => Submit(title, Verbs.Units);

    internal static JsonObject TipsOn(string title) => Submit(title, Verbs.TipsOn);

    internal static JsonObject TipsOff(string title) => Submit(title, Verbs.TipsOff);

    internal static JsonObject NextTip(string title) => Submit(title, Verbs.NextTip);

    internal static JsonObject ChangeTime(string title) => Submit(title, Verbs.ChangeTime);

    private static JsonObject Submit(string title, string verb, JsonObject? fields = null, string? tooltip = null)
    {
        var data = new JsonObject { [VerbField] = verb };
        foreach (var (name, value) in fields ?? [])
            data[name] = value?.DeepClone();
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (tooltip is not null)
            action["tooltip"] = tooltip;
        return action;
    }
}
