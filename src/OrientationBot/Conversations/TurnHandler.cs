using OrientationBot.Cards;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// One turn, end to end: record the conversation reference, dispatch by activity type, send the reply, count it.
/// The boundary of the turn (house style §5): a failure is logged once, with the activity id, and the user gets the
/// apology card where one can be shown; nothing escapes to the endpoint except cancellation at shutdown.
/// </summary>
/// <remarks>
/// The reply goes out before the inbound request is answered, bounded by <see cref="ConversationOptions.ReplyTimeout"/>:
/// nothing is queued in memory to be lost at a restart, replies to one conversation keep their order, and a test sees
/// the reply as soon as its POST returns. A slow Connector holds the request at most that long, under the Bot
/// Service's 15-second limit (brief §0).
/// </remarks>
internal sealed class TurnHandler(
    MessageHandler messages,
    InstallationHandler installations,
    InvokeHandler invokes,
    ConversationRecorder recorder,
    ReplySender replies,
    RedeliveryFilter redeliveries,
    UserIdHasher hasher,
    TurnMetrics metrics,
    TimeProvider time,
    ILogger<TurnHandler> logger) : ITurnHandler
{
    public async Task<InvokeResponse?> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationHash = activity.Conversation?.Id is { Length: > 0 } id ? hasher.Hash(id) : "none";
        using var scope = logger.BeginTurnScope(activity.Type, activity.Id, conversationHash);
        var started = time.GetTimestamp();
        if (!redeliveries.TryBegin(activity, out var earlier))
        {
            logger.ActivityIgnored("re-delivered");
            return earlier;
        }
        TurnOutcome outcome;
        try
        {
            if (!InstallationHandler.IsRemoval(activity))
                await recorder.RecordAsync(activity, cancellationToken);
            outcome = await DispatchAsync(activity, cancellationToken);
            if (outcome.Reply is { } reply && !await replies.SendAsync(activity, reply, conversationHash, cancellationToken)
                && outcome.UndoIfReplyFails is { } undo)
                await undo(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // shutting down: not the turn's fault, and nothing is left to apologise with
        }
        catch (Exception ex)
        {
            logger.TurnFailed(ex, activity.Id);
            return await ApologiseAsync(activity, cancellationToken);
        }

        redeliveries.Complete(activity, outcome.Invoke);
        var elapsed = time.GetElapsedTime(started);
        metrics.Completed(activity.Type, outcome.Intent, elapsed);
        logger.TurnCompleted(activity.Type, outcome.Intent, outcome.UnitId, outcome.Confidence, (long)elapsed.TotalMilliseconds);
        return outcome.Invoke;
    }

    private async ValueTask<TurnOutcome> DispatchAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Invoke)
            return await invokes.HandleAsync(activity, cancellationToken);
        // Every other kind is answered, if at all, through the Connector, which needs both.
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
            return TurnOutcome.Ignored("nowhere to reply");
        return activity.Type switch
        {
            ActivityTypes.Message => await messages.HandleAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => await installations.HandleAsync(activity, cancellationToken),
            // Receivers should ignore types they do not handle (brief §3.1, SPEC A2006): reactions, edits, events.
            _ => TurnOutcome.Ignored("activity type"),
        };
    }

    /// <summary>The apology goes where the user is looking: in the invoke's response, or as a reply to their message.</summary>
    private async Task<InvokeResponse?> ApologiseAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                return InvokeResponse.From(AdaptiveCardInvokeResponse.Card(ApologyCard.Build().Content));
            case ActivityTypes.Invoke when activity.Name is InvokeNames.ComposeExtensionQuery or InvokeNames.ComposeExtensionSelectItem:
                return InvokeResponse.From(MessagingExtensionResponse.Message(ApologyCard.Message));
            case ActivityTypes.Invoke:
                return InvokeResponse.NotImplemented;
            case ActivityTypes.Message when !string.IsNullOrEmpty(activity.ServiceUrl) && !string.IsNullOrEmpty(activity.Conversation?.Id):
                await replies.ApologiseAsync(activity, cancellationToken);
                return null;
            default:
                return null;
        }
    }
}
