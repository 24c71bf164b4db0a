using OrientationBot.Cards;

namespace OrientationBot.Conversations;

/// <summary>
/// The typed commands that are also buttons: "help" and "units", in any case, with stray punctuation forgiven.
/// Tip commands have their own parser (<see cref="TipCommandParser"/>); anything else is a question.
/// </summary>
internal static class CommandText
{
    /// <summary>The longest command ("what can you do") with room for stray spaces and punctuation.</summary>
    private const int MaxCommandLength = 32;

    public static CardAction? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCommandLength)
            return null; // a question, not a command: no need to copy and lower-case it
        var command = text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ').ToLowerInvariant();
        return command switch
        {
            "help" or "menu" or "commands" or "what can you do" => new CardAction(CardActions.Verbs.Help),
            "units" or "unit list" or "list units" or "browse" or "browse units" => new CardAction(CardActions.Verbs.Units),
            _ => null,
        };
    }
}
