namespace OrientationBot.Storage;

/// <summary>
/// One row of the delivery ledger: the <see cref="Sequence"/>-th tip of a conversation's programme.
/// (ConversationId, Sequence) is unique, and so is (ConversationId, LocalDate) for daily rows.
/// </summary>
internal sealed record TipDelivery(
    string ConversationId,
    int Sequence,
    string TipId,
    DeliveryKind Kind,
    DateOnly LocalDate,
    DeliveryState State,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? ConfirmedAt = null);
