using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Endpoints.DirectLine;

/// <summary>
/// Between Web Chat's Direct Line activities and the Teams-shaped ones the bot is written for: what the page posts
/// becomes what Teams would post in a personal chat (brief §8.1, §8.3, §8.5), so the local chat runs the same pipeline
/// and cards as Teams; and what the conversation holds is handed back as Direct Line shows it to its client.
/// </summary>
internal static class DirectLineTranslator
{
    /// <summary>The channel id a Direct Line client sees on every activity.</summary>
    public const string DirectLineChannel = "directline";

    // One local user, bot and tenant, in Teams' id shapes (brief §3.3): the tip subscriptions made in one page outlive it.
    private static readonly ChannelAccount User = new() { Id = "29:local-user", Name = "You" };
    private static readonly ChannelAccount Bot = new() { Id = "28:local-bot", Name = "OrientationBot" };
    private const string Tenant = "local-tenant";

    /// <summary>The Teams conversation behind a Direct Line one: a personal chat's id starts with <c>a:</c> (brief §3.3).</summary>
    public static string TeamsConversationId(string conversationId) => "a:" + conversationId;

    /// <summary>What Teams sends when the user installs the bot (brief §8.3): the bot answers it with the welcome card, once.</summary>
    public static CoreActivity ConversationStarted(string conversationId, string serviceUrl, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = "f:" + Guid.NewGuid().ToString("N"),
        Timestamp = now,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = User,
        Recipient = Bot,
        Conversation = PersonalChat(conversationId),
        MembersAdded = [Bot, User],
        ChannelData = TenantData(),
    };

    /// <summary>
    /// What Teams would send for what Web Chat posted: a typed message, an Action.Submit's <c>value</c> (Web Chat's
    /// postBack, brief §4.2), or an invoke with its name and value. <paramref name="id"/> is the id the user's echo got, so
    /// the reply's <c>replyToId</c> points at a message Web Chat has, and it does not hold the reply back waiting for it.
    /// </summary>
    public static CoreActivity ToTeams(CoreActivity posted, string id, string conversationId, string serviceUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var clientInfo = new JsonObject { ["type"] = "clientInfo", ["locale"] = posted.Locale, ["timezone"] = posted.LocalTimezone, ["platform"] = "Web" };
        return new CoreActivity
        {
            Type = posted.Type,
            Id = id,
            Timestamp = now,
            LocalTimestamp = posted.LocalTimestamp,
            LocalTimezone = posted.LocalTimezone,
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = User with { Name = posted.From?.Name ?? User.Name },
            Recipient = Bot,
            Conversation = PersonalChat(conversationId),
            Text = posted.Text,
            TextFormat = posted.Text is null ? null : "plain",
            Value = posted.Value,
            Name = posted.Name,
            Entities = [clientInfo],
            ChannelData = TenantData(),
            Locale = posted.Locale,
        };
    }

    /// <summary>
    /// An activity of the conversation as the Direct Line client sees it: its conversation id and channel, and the
    /// sender's role, by which Web Chat tells the user's echo (<c>user</c>, set by Web Chat itself) from the bot's replies.
    /// </summary>
    public static CoreActivity ToClient(CoreActivity activity, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            ChannelId = DirectLineChannel,
            Conversation = new ConversationAccount { Id = conversationId },
            From = (activity.From ?? Bot) with { Role = activity.From?.Role ?? "bot" },
            ServiceUrl = null,
        };
    }

    private static ConversationAccount PersonalChat(string conversationId) => new()
    {
        Id = TeamsConversationId(conversationId),
        ConversationType = ConversationAccount.Personal,
        TenantId = Tenant,
    };

    private static JsonObject TenantData() => new() { ["tenant"] = new JsonObject { ["id"] = Tenant } };
}
