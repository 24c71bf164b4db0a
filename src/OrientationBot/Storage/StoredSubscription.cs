namespace OrientationBot.Storage;

/// <summary>One conversation's daily-tip subscription.</summary>
internal sealed record StoredSubscription
{
    public required string ConversationId { get; init; }

    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Active;

    /// <summary>Local time of day in the user's own zone.</summary>
    public TimeOnly DeliveryTime { get; init; } = new(9, 0);

    /// <summary>Day 1 of the programme, in the user's own zone; nothing is sent before it.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Why the bot ended the subscription, e.g. "403 ConversationBlockedByUser"; null unless ended.</summary>
    public string? EndedReason { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Not before this instant: set when a day's attempts ran out, so a failing conversation is not retried every minute.</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
