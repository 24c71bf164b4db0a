using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>Reads the Teams-specific parts of an activity: tenant, mentions, client information, members.</summary>
public static class CoreActivityExtensions
{
    /// <summary>Returns the tenant id from <c>conversation.tenantId</c>, else from <c>channelData.tenant.id</c> (brief §6.1).</summary>
    public static string? GetTenantId(this CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenantId = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(tenantId))
        {
            return tenantId;
        }

        // channelData is the channel's free-form JSON: a "tenant" that is not an object simply gives no tenant.
        var fromChannelData = EntityJson.GetString((activity.ChannelData?["tenant"] as JsonObject)?["id"]);
        return string.IsNullOrEmpty(fromChannelData) ? null : fromChannelData;
    }

    /// <summary>Returns the activity's mention entities, in order.</summary>
    public static IReadOnlyList<Mention> GetMentions(this CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null)
        {
            return [];
        }

        // A loop, not LINQ, and no list until a mention turns up: every message is checked, and most have none.
        List<Mention>? mentions = null;
        foreach (var entity in activity.Entities)
        {
            // "entities": [null] is valid JSON; a null entity says nothing and is skipped.
            if (entity is not null && Mention.FromEntity(entity) is { } mention)
            {
                (mentions ??= []).Add(mention);
            }
        }

        return mentions is null ? [] : mentions;
    }

    /// <summary>Returns the first <c>clientInfo</c> entity, or <see langword="null"/> when there is none.</summary>
    public static ClientInfo? GetClientInfo(this CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // "entities": [null] is valid JSON; a null entity says nothing and is skipped.
        return activity.Entities?.OfType<JsonObject>().Select(ClientInfo.FromEntity).FirstOrDefault(info => info is not null);
    }

    /// <summary>
    /// Returns the text with every mention of the recipient (the bot) removed and white space trimmed, as
    /// botbuilder's <c>RemoveRecipientMention</c> does (brief §3.4); <see langword="null"/> when there is no text.
    /// </summary>
    /// <remarks>
    /// The entity's own text is removed literally and case-insensitively; an entity without text falls back to
    /// <c>&lt;at&gt;name&lt;/at&gt;</c>. Ids are compared ignoring case because Teams ids embed GUIDs.
    /// </remarks>
    public static string? RemoveRecipientMention(this CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is null)
        {
            return null;
        }

        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            // Each distinct way the bot is shown is removed once, and only the first few: every removal scans the whole
            // text, so 2,000 mentions in 220 KB had cost half a second of CPU.
            var shownTexts = activity.GetMentions()
                .Where(mention => string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
                .Select(mention => mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null))
                .Where(shown => !string.IsNullOrEmpty(shown))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxRecipientMentionsRemoved);
            foreach (var shown in shownTexts)
            {
                text = text.Replace(shown!, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>How many distinct forms of the bot's mention <see cref="RemoveRecipientMention"/> removes, at most.</summary>
    public const int MaxRecipientMentionsRemoved = 8;

    /// <summary>Tells whether <c>membersAdded</c> contains the recipient, i.e. the bot was added (brief §8.3).</summary>
    public static bool AddsRecipient(this CoreActivity activity) => ContainsRecipient(activity, activity.MembersAdded);

    /// <summary>Tells whether <c>membersRemoved</c> contains the recipient, i.e. the bot was removed (brief §6.3).</summary>
    public static bool RemovesRecipient(this CoreActivity activity) => ContainsRecipient(activity, activity.MembersRemoved);

    private static bool ContainsRecipient(CoreActivity activity, IReadOnlyList<ChannelAccount>? members)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId)
            && members is not null
            && members.Any(member => string.Equals(member.Id, botId, StringComparison.OrdinalIgnoreCase));
    }
}
