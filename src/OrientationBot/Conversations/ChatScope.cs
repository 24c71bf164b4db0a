using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>Where an activity was sent: a personal chat with the bot, or a group chat or channel the bot is in.</summary>
internal static class ChatScope
{
    /// <summary>
    /// Personal when Teams says so; without a conversation type, when the conversation is not a group (Teams omits
    /// <c>isGroup</c> in personal chats, brief §3.3). Compared ignoring case: one meeting example sends "groupchat".
    /// </summary>
    public static bool IsPersonal(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return string.IsNullOrEmpty(type)
            ? activity.Conversation?.IsGroup != true
            : string.Equals(type, ConversationAccount.Personal, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the message @mentions the bot, read from the entities and not the text (brief §3.4).</summary>
    public static bool MentionsBot(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId)
            && activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }
}
