using System.Collections.Concurrent;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// Keeps the conversation reference a proactive tip needs (brief §6.1) up to date from every accepted activity.
/// The last reference written per conversation is remembered, so an unchanged one costs no write: the store
/// commits with a full sync, which would otherwise dominate a turn.
/// </summary>
internal sealed class ConversationRecorder(IBotStore store, StoreWriter writer, TimeProvider time)
{
    // A bound, not a cache policy: past it the memory starts afresh and the next turns simply write again.
    private const int MaxRemembered = 10_000;

    // Longer than any IANA zone id; a longer value is not a zone and is not looked up.
    private const int MaxZoneIdLength = 64;

    private readonly ConcurrentDictionary<string, StoredConversation> written = new(StringComparer.Ordinal);

    /// <summary>The reference the activity carries, or null when it lacks a part a proactive send needs.</summary>
    public static StoredConversation? ReferenceOf(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.Recipient?.Id))
        {
            return null;
        }

        return new StoredConversation
        {
            ConversationId = activity.Conversation.Id,
            ServiceUrl = activity.ServiceUrl,
            TenantId = activity.GetTenantId(),
            UserId = activity.From.Id,
            UserAadObjectId = activity.From.AadObjectId,
            BotId = activity.Recipient.Id,
            ConversationType = activity.Conversation.ConversationType,
            ChannelId = string.IsNullOrEmpty(activity.ChannelId) ? "msteams" : activity.ChannelId,
            Locale = activity.Locale,
            TimeZone = ZoneOf(activity),
        };
    }

    /// <summary>Upserts the activity's reference unless it is the one last written; false when the activity has none.</summary>
    public async Task<bool> RecordAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        if (ReferenceOf(activity) is not { } reference)
            return false;
        if (written.TryGetValue(reference.ConversationId, out var last) && last == reference)
            return true;

        await writer.RunAsync(token => store.UpsertConversationAsync(reference, time.GetUtcNow(), token), cancellationToken);
        if (written.Count >= MaxRemembered)
            written.Clear();
        written[reference.ConversationId] = reference;
        return true;
    }

    /// <summary>Deletes everything stored for the conversation (uninstall, bot removed) and forgets it here too.</summary>
    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        written.TryRemove(conversationId, out _);
        await writer.RunAsync(token => store.ForgetConversationAsync(conversationId, token), cancellationToken);
        written.TryRemove(conversationId, out _);
    }

    /// <summary>The activity's IANA zone (§3.3 localTimezone, else the clientInfo entity's), only when the system knows it.</summary>
    private static string? ZoneOf(CoreActivity activity)
    {
        var zone = string.IsNullOrWhiteSpace(activity.LocalTimezone) ? activity.GetClientInfo()?.Timezone : activity.LocalTimezone;
        return zone is { Length: <= MaxZoneIdLength } && TimeZoneLookup.TryFind(zone, out var found) ? found.Id : null;
    }
}
