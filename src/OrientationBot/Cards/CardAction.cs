using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace OrientationBot.Cards;

/// <summary>
/// A button press read back from a message activity's <c>value</c>; the fields its verb does not use are null.
/// See <see cref="CardActions"/> for the contract.
/// </summary>
public sealed record CardAction(string Verb)
{
    public string? Text { get; init; }
    public string? UnitId { get; init; }
    public bool? Helpful { get; init; }
    public string? Question { get; init; }
    public string? Comment { get; init; }
    public TimeOnly? TipTime { get; init; }

    // Input.Time sends "HH:mm"; some clients add seconds.
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    /// <summary>
    /// False when <paramref name="value"/> is not an object, its verb is unknown, or a field the verb needs is
    /// missing or malformed. Unknown extra fields (Teams may add some) are ignored.
    /// </summary>
    public static bool TryParse(JsonElement value, [NotNullWhen(true)] out CardAction? action)
    {
        action = null;
        // Teams' own messageBack examples give the value as a JSON string; read the object it holds.
        if (value.ValueKind == JsonValueKind.String && AsObject(value.GetString()) is { } inString)
            value = inString;
        // A messageBack's data, as a client other than Teams sends it: the choice is inside (CardActions.LeavingATrail).
        if (value.ValueKind == JsonValueKind.Object && !value.TryGetProperty(CardActions.VerbField, out _)
            && value.TryGetProperty(CardActions.MessageBack, out var teams) && teams.ValueKind == JsonValueKind.Object
            && teams.TryGetProperty("value", out var inner))
        {
            value = inner;
        }
        if (value.ValueKind != JsonValueKind.Object || ReadString(value, CardActions.VerbField) is not { } verb)
            return false;

        var tipTimeText = ReadString(value, CardActions.Fields.TipTime);
        TimeOnly? tipTime = null;
        if (tipTimeText is not null)
        {
            if (!TimeOnly.TryParseExact(tipTimeText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return false;
            tipTime = parsed;
        }

        var parsedAction = new CardAction(verb)
        {
            Text = ReadString(value, CardActions.Fields.Text),
            UnitId = ReadString(value, CardActions.Fields.UnitId),
            Helpful = ReadBoolean(value, CardActions.Fields.Helpful),
            Question = ReadString(value, CardActions.Fields.Question),
            Comment = ReadString(value, CardActions.Fields.Comment),
            TipTime = tipTime,
        };
        var complete = verb switch
        {
            CardActions.Verbs.Ask => parsedAction.Text is not null,
            CardActions.Verbs.OpenUnit => parsedAction.UnitId is not null,
            CardActions.Verbs.Feedback => parsedAction.Helpful is not null,
            CardActions.Verbs.ChangeTime => parsedAction.TipTime is not null,
            CardActions.Verbs.TipsOn or CardActions.Verbs.TipsOff or CardActions.Verbs.NextTip
                or CardActions.Verbs.Help or CardActions.Verbs.Units => true,
            _ => false,
        };
        if (complete)
            action = parsedAction;
        return complete;
    }

    /// <summary>A trimmed string, or null when the field is absent, not a string, or blank (an untouched input arrives as "").</summary>
    private static JsonElement? AsObject(string? text)
    {
        if (text is not { Length: > 1 } || text[0] != '{')
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            && field.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;

    private static bool? ReadBoolean(JsonElement value, string name)
    {
        if (!value.TryGetProperty(name, out var field))
            return null;
        return field.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(field.GetString(), out var b) => b,
            _ => null,
        };
    }
}
