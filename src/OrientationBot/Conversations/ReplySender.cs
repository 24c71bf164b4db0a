using Microsoft.Extensions.Options;
using OrientationBot.Cards;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Conversations;

/// <summary>
/// Sends a turn's reply through the Connector, bounded by <see cref="ConversationOptions.ReplyTimeout"/>. A reply
/// the Connector refuses or does not take in time is logged once, with the hashed conversation id, and dropped:
/// the Connector client has already retried (brief §2.5), and an apology would meet the same fate.
/// </summary>
internal sealed class ReplySender(
    IConnectorClient connector,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<ReplySender> logger)
{
    /// <summary>
    /// Messages are answered with a reply to their id, which in a channel keeps the answer in the thread (brief §2.3);
    /// install events are answered with a new message in the conversation.
    /// </summary>
    public async Task<bool> SendAsync(CoreActivity incoming, BotReply reply, string conversationHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var timeout = options.Value.ReplyTimeout;
        using var deadline = new ReplyDeadline(time, timeout, cancellationToken);
        try
        {
            await DeliverAsync(Build(incoming, reply), deadline, replacing: reply.Replaces is not null);
            return true;
        }
        catch (ConnectorException ex)
        {
            logger.ReplyNotDelivered(ex, conversationHash, (int?)ex.StatusCode, ex.ErrorCode);
            return false;
        }
        catch (OperationCanceledException ex) when (deadline.Expired && !cancellationToken.IsCancellationRequested)
        {
            logger.ReplyTimedOut(ex, conversationHash, (long)timeout.TotalMilliseconds);
            return false;
        }
    }

    /// <summary>
    /// The apology after a failed turn: best effort, within the same time bound. Its own failure is logged at Debug
    /// only, because the turn's one error line already tells the story.
    /// </summary>
    public async Task ApologiseAsync(CoreActivity incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        using var deadline = new ReplyDeadline(time, options.Value.ReplyTimeout, cancellationToken);
        try
        {
            await DeliverAsync(Build(incoming, BotReply.Of(ApologyCard.Build())), deadline);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.ApologyNotDelivered(ex);
        }
    }

    private async Task DeliverAsync(CoreActivity activity, ReplyDeadline deadline, bool replacing = false)
    {
        var send = replacing ? connector.UpdateActivityAsync(activity, deadline.Token)
            : string.IsNullOrEmpty(activity.ReplyToId) ? connector.SendToConversationAsync(activity, deadline.Token)
            : connector.ReplyToActivityAsync(activity, deadline.Token);
        if (!send.IsCompleted)
            deadline.Arm();
        await send;
    }

    /// <summary>The outgoing activity: a card travels as the only attachment with its fallback as <c>summary</c>, never as <c>text</c> (Cards/BotCard).</summary>
    public static CoreActivity Build(CoreActivity incoming, BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var activity = incoming.CreateReply(reply.Text, reply.Attachments, reply.Card?.FallbackText);
        // An update names the message it replaces (brief §2.3: PUT …/activities/{id}) and replies to nothing.
        if (reply.Replaces is { } replaced)
            return activity with { Id = replaced, ReplyToId = null };
        var threaded = incoming.Type == ActivityTypes.Message && !string.IsNullOrEmpty(incoming.Id);
        // Only an install event (or a message without an id) needs the copy that drops replyToId; answers go out as built.
        return threaded || activity.ReplyToId is null ? activity : activity with { ReplyToId = null };
    }
}
