using System.Net;
using Microsoft.Extensions.Options;
using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// Sends a tip card to a stored 1:1 conversation through the Bot Connector (protocol brief §6.2) and turns
/// the Connector's answer into a <see cref="TipSendResult"/>, as <see cref="ITipMessenger"/> specifies.
/// </summary>
/// <remarks>
/// Only a reference stored from an authenticated activity goes to the protocol's proactive send, which trusts its
/// service URL for the bot's token. One written in local mode (a data folder shared with a local run, say) is not a
/// Teams conversation: with credentials its subscription ends without a request; in local mode there is no token.
/// </remarks>
internal sealed class ConnectorTipMessenger(
    IConnectorClient connector,
    IOptions<BotCredentials> credentials,
    IBotStore store,
    UnitDirectory directory,
    IOptions<TipsOptions> options) : ITipMessenger
{
    public async Task<TipSendResult> SendAsync(StoredConversation conversation, Tip tip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var localMode = credentials.Value.AuthenticationDisabled;
        if (!conversation.Authenticated && !localMode)
            return TipSendResult.Gone(null, "the conversation was stored from an unauthenticated activity (local mode)");

        var subscription = await store.GetSubscriptionAsync(conversation.ConversationId, cancellationToken);
        var about = tip.UnitId is null ? null : directory.Find(tip.UnitId);
        var card = TipCard.Build(tip.Title, tip.Text, about, tip.Section, subscription?.DeliveryTime ?? options.Value.DefaultDeliveryTime,
            last: tip.ClosesTheProgramme);
        var activity = new CoreActivity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = conversation.ServiceUrl,
            ChannelId = conversation.ChannelId,
            From = new ChannelAccount { Id = conversation.BotId },
            Recipient = new ChannelAccount { Id = conversation.UserId },
            Conversation = new ConversationAccount { Id = conversation.ConversationId, TenantId = conversation.TenantId },
            Attachments = [Attachment.AdaptiveCard(card.Content)],
            Summary = card.FallbackText,
        };
        try
        {
            await (conversation.Authenticated
                ? connector.SendProactiveAsync(activity, cancellationToken)
                : connector.SendToConversationAsync(activity, cancellationToken));
            return TipSendResult.Delivered;
        }
        catch (ConnectorException e) when (Known(e) is { } result)
        {
            return result;
        }
    }

    /// <summary>
    /// Answers that say for certain Teams did not take the message; anything else (a 5xx, a reset, a timed-out attempt,
    /// which may follow a delivered tip) is rethrown as "outcome unknown", never to be sent again that day.
    /// </summary>
    private static TipSendResult? Known(ConnectorException e) => e.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => TipSendResult.Throttled(e.RetryAfter),
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => TipSendResult.Gone((int)e.StatusCode, e.ErrorCode ?? e.StatusCode.ToString()!),
        HttpStatusCode.ServiceUnavailable when e.RetryAfter is not null => TipSendResult.TransientFailure((int)e.StatusCode),
        null when e.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
            => TipSendResult.TransientFailure(),
        _ => null,
    };
}
