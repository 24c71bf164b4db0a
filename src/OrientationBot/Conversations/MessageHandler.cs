using OrientationBot.Cards;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// A message activity: a button press (its <c>value</c>), else a command, else a greeting or thanks, else a question.
/// In a personal chat every message counts; in a group chat or channel only messages that @mention the bot, with the
/// mention removed (brief §3.4).
/// </summary>
/// <remarks>A <see cref="ValueTask{TResult}"/>: a question answered from the cache completes at once, with no task to allocate.</remarks>
internal sealed class MessageHandler(CardActionHandler actions, ITipCommands tips, QuestionResponder questions)
{
    public async ValueTask<TurnOutcome> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // A press on the bot's own card answers wherever the card is, mention or not: the user addressed the bot by pressing.
        if (activity.Value is { } value && CardAction.TryParse(value, out var pressed))
            return await actions.HandleAsync(pressed, activity, cancellationToken);

        var personal = ChatScope.IsPersonal(activity);
        if (!personal && !ChatScope.MentionsBot(activity))
            return TurnOutcome.Ignored("not mentioned");

        var text = activity.RemoveRecipientMention() ?? "";
        if (CommandText.Parse(text) is { } command)
            return await actions.HandleAsync(command, activity, cancellationToken);
        if (TipCommandParser.Parse(text) is { } tipCommand)
            return await tips.ExecuteAsync(tipCommand, activity, cancellationToken);
        if (SmallTalk.Reply(text) is { } reply)
            return new TurnOutcome("smalltalk") { Reply = BotReply.Say(reply) };
        return questions.Answer(text, activity.From?.Id);
    }
}
