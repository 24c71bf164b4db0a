using OrientationBot.Cards;

namespace OrientationBot.Conversations;

/// <summary>
/// The typed commands that are also buttons: "help" and "units", in any case, with stray punctuation forgiven.
/// Tip commands have their own parser (<see cref="TipCommandParser"/>); anything else is a question.
/// </summary>
internal static class CommandText
{
    public static CardAction? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var command = text.Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ').ToLowerInvariant();
        return command switch
        {
            "help" or "menu" or "commands" or "what can you do" => new CardAction(CardActions.Verbs.Help),
            "units" or "unit list" or "list units" or "browse" or "browse units" => new CardAction(CardActions.Verbs.Units),
            _ => null,
        };
    }
}
