namespace OrientationBot.Protocol.Activities;

/// <summary>The activity <c>type</c> values a Teams bot sees or sends (brief §3.2); compare them ordinally.</summary>
public static class ActivityTypes
{
    /// <summary>A user's message, or an <c>Action.Submit</c> from a card.</summary>
    public const string Message = "message";

    /// <summary>Members added or removed, and team or channel events.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed, upgraded or uninstalled; see <see cref="InstallationActions"/>.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A card action or message-extension request that needs a synchronous HTTP body (brief §4).</summary>
    public const string Invoke = "invoke";

    /// <summary>A reaction added to or removed from a bot message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A user edited or restored a message.</summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary>A user deleted a message.</summary>
    public const string MessageDelete = "messageDelete";

    /// <summary>A meeting or read-receipt event, named by <c>name</c>.</summary>
    public const string Event = "event";

    /// <summary>The typing indicator; outbound only for this bot.</summary>
    public const string Typing = "typing";
}
