using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// Sends one tip to a stored conversation (a proactive message, protocol brief §6.2). The Connector adapter
/// maps answers to results: 2xx → Delivered; 429 → Throttled(Retry-After); any 403, and 404 → Gone(status,
/// error code or subCode); 412/502/503/504 and failures before the request left → TransientFailure.
/// Only return a failure when Teams certainly did not take the message: the sender retries those. Throw when
/// the outcome is unknown (a timeout after the request was written, a 500): the sender then records the tip
/// as possibly delivered and never sends it again, because Teams offers no idempotency key (Tips/README.md).
/// </summary>
internal interface ITipMessenger
{
    Task<TipSendResult> SendAsync(StoredConversation conversation, Tip tip, CancellationToken cancellationToken);
}
