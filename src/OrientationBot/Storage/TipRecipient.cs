namespace OrientationBot.Storage;

/// <summary>An active subscription with its conversation and the local date of its latest daily tip, for the due check.</summary>
internal sealed record TipRecipient(StoredConversation Conversation, StoredSubscription Subscription, DateOnly? LastDailyDate);
