using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// The conversation reference an activity gives for proactive sends (brief §6.1), marked with whether it arrived
/// authenticated. That is a property of the mode: with an app id every activity that reaches a turn carried a valid
/// token (the endpoint answers 401 otherwise); in local mode none did, and its references never receive the token.
/// </summary>
internal sealed class ConversationReferences(IOptions<BotCredentials> credentials)
{
    // Longer than any IANA zone id; a longer value is not a zone and is not looked up.
    private const int MaxZoneIdLength = 64;

    private readonly bool authenticated = !credentials.Value.AuthenticationDisabled;

    /// <summary>The reference the activity carries, or null when it lacks a part a proactive send needs.</summary>
    public StoredConversation? Of(CoreActivity activity)
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
            Authenticated = authenticated,
        };
    }

    /// <summary>The activity's IANA zone (§3.3 localTimezone, else the clientInfo entity's), only when the system knows it.</summary>
    private static string? ZoneOf(CoreActivity activity)
    {
        var zone = string.IsNullOrWhiteSpace(activity.LocalTimezone) ? activity.GetClientInfo()?.Timezone : activity.LocalTimezone;
        return zone is { Length: <= MaxZoneIdLength } && TimeZoneLookup.TryFind(zone, out var found) ? found.Id : null;
    }
}
