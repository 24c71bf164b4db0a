using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// The stand-in until the Connector adapter is registered: logs the tip id instead of sending and reports it
/// delivered, so the ledger behaves as it will in production. Never logs the tip text or the conversation id.
/// </summary>
internal sealed class LoggingTipMessenger(UserIdHasher hasher, ILogger<LoggingTipMessenger> logger) : ITipMessenger
{
    public Task<TipSendResult> SendAsync(StoredConversation conversation, Tip tip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(tip);
        logger.TipLoggedNotSent(tip.Id, hasher.Hash(conversation.ConversationId));
        return Task.FromResult(TipSendResult.Delivered);
    }
}
