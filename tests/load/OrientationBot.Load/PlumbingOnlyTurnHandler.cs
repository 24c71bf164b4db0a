using OrientationBot.Conversations;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Load;

/// <summary>
/// The "no bot work" switch: the same round trip (HTTP, parsing, authentication, a Connector reply) with no
/// answering, no card and no store, so the difference to the real handler is the bot's own work.
/// </summary>
internal sealed class PlumbingOnlyTurnHandler(IConnectorClient connector) : ITurnHandler
{
    public async Task<InvokeResponse?> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        await connector.ReplyToActivityAsync(activity.CreateReply("ok"), cancellationToken);
        return null;
    }
}
