using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// A button press, whichever way it arrives: an Action.Submit message (brief §4.2), an <c>adaptiveCard/action</c>
/// invoke (§4.1), or the same verb typed as a command. Each verb of <see cref="CardActions.Verbs"/> maps to one reply.
/// </summary>
internal sealed class CardActionHandler(
    QuestionResponder questions,
    ITipCommands tips,
    UnitDirectory directory,
    IBotStore store,
    StoreWriter writer,
    UserIdHasher hasher,
    TimeProvider time)
{
    // The card caps both (Cards/CardActions, Cards/FeedbackActions); a forged submit must not store more.
    private const int MaxStoredText = 500;

    public async Task<TurnOutcome> HandleAsync(CardAction action, CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(activity);
        switch (action.Verb)
        {
            case CardActions.Verbs.Ask:
                return questions.Answer(action.Text ?? "", activity.From?.Id);

            case CardActions.Verbs.OpenUnit:
                return OpenUnit(action.UnitId!);

            case CardActions.Verbs.Feedback:
                return await FeedbackAsync(action, activity, cancellationToken);

            case CardActions.Verbs.Help:
                return new TurnOutcome("command:help") { Reply = BotReply.Of(HelpCard.Build()) };

            case CardActions.Verbs.Units:
                return new TurnOutcome("command:units") { Reply = BotReply.Of(UnitsOverviewCard.Build(directory)) };

            case CardActions.Verbs.TipsOn:
                return await tips.ExecuteAsync(new TipCommand(TipCommandKind.TipsOn, Time: action.TipTime), activity, cancellationToken);

            case CardActions.Verbs.TipsOff:
                return await tips.ExecuteAsync(new TipCommand(TipCommandKind.TipsOff), activity, cancellationToken);

            case CardActions.Verbs.NextTip:
                return await tips.ExecuteAsync(new TipCommand(TipCommandKind.NextTip), activity, cancellationToken);

            case CardActions.Verbs.ChangeTime:
                return await tips.ExecuteAsync(new TipCommand(TipCommandKind.TipsAt, Time: action.TipTime), activity, cancellationToken);

            default:
                // CardAction.TryParse accepts only the verbs above; a new verb must be handled here before a card sends it.
                return TurnOutcome.Ignored($"verb:{action.Verb}");
        }
    }

    private TurnOutcome OpenUnit(string unitId)
    {
        // A card sent before a knowledge update may name a unit that is gone: the overview is the honest next step.
        if (UnitAnswers.For(directory, unitId) is not { } answer)
            return new TurnOutcome("action:openUnit:unknown") { Reply = BotReply.Of(UnitsOverviewCard.Build(directory)) };
        return new TurnOutcome("action:openUnit", answer.Unit.Id, answer.Confidence) { Reply = BotReply.Of(AnswerCards.For(answer, directory)) };
    }

    private async Task<TurnOutcome> FeedbackAsync(CardAction action, CoreActivity activity, CancellationToken cancellationToken)
    {
        var helpful = action.Helpful!.Value;
        // Only a unit the directory knows is filed: the report names units, and a forged id would be noise.
        var unitId = action.UnitId is not null && directory.Find(action.UnitId) is { } unit ? unit.Id : null;
        var userId = activity.From?.Id;
        if (!string.IsNullOrEmpty(userId))
        {
            var userHash = hasher.Hash(userId);
            await writer.RunAsync(
                token => store.RecordFeedbackAsync(Cap(action.Question) ?? "", unitId, helpful, Cap(action.Comment), userHash, time.GetUtcNow(), token),
                cancellationToken);
        }

        // Shown on the card voted on, where Teams names it (replyToId); where no card can be named, thanked in a message.
        var outcome = helpful ? "action:feedback:helpful" : "action:feedback:notHelpful";
        var question = action.Question ?? "";
        if (activity.ReplyToId is { Length: > 0 } cardId && CardVotedOn(question, action.UnitId) is { } card)
        {
            var voted = FeedbackActions.Voted(card, helpful, question, action.UnitId, directory.FeedbackEmail);
            return new TurnOutcome(outcome, unitId) { Reply = BotReply.Replacing(cardId, voted) };
        }
        return new TurnOutcome(outcome, unitId) { Reply = BotReply.Of(FeedbackThanksCard.Build(helpful, directory.FeedbackEmail)) };
    }

    /// <summary>
    /// The card the vote was cast on, built again: answers depend only on the question and the knowledge, so asking again
    /// (from the answer cache, mostly) gives the same card; a card opened from a row was asked by the unit's name.
    /// </summary>
    private BotCard? CardVotedOn(string question, string? unitId)
    {
        var asked = questions.CardFor(question);
        if (asked is not null && FeedbackActions.Rates(asked, question, unitId))
            return asked;
        if (unitId is not null && UnitAnswers.For(directory, unitId) is { } opened)
        {
            var card = AnswerCards.For(opened, directory);
            if (FeedbackActions.Rates(card, question, unitId))
                return card;
        }
        return null;
    }

    private static string? Cap(string? text) => text is { Length: > MaxStoredText } ? text[..MaxStoredText] : text;
}
