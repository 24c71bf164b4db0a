using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Protocol.Connector;

/// <summary>The body of <c>POST v3/conversations</c>, which opens a conversation for proactive messages (brief §6.2).</summary>
public sealed record ConversationParameters
{
    /// <summary>Gets the bot, <c>28:&lt;app id&gt;</c>.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>Gets the members; exactly one user (<c>29:…</c>) for a personal chat.</summary>
    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    /// <summary>Gets whether the conversation is a group; always <see langword="false"/> here, Teams cannot create groups this way.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Gets the tenant id, mandatory for Teams.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets the channel data; Teams reads the tenant from <c>channelData.tenant.id</c>.</summary>
    public JsonObject? ChannelData { get; init; }

    /// <summary>Gets an optional first activity to send when the conversation is created.</summary>
    public CoreActivity? Activity { get; init; }

    /// <summary>Builds the parameters for a one-to-one chat between the bot and a user of the given tenant (brief §6.2).</summary>
    /// <param name="bot">The bot account, usually the <c>recipient</c> of a stored activity.</param>
    /// <param name="user">The user account; its <c>29:</c> id is required.</param>
    /// <param name="tenantId">The user's tenant id.</param>
    public static ConversationParameters ForPersonalChat(ChannelAccount bot, ChannelAccount user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.Id);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new ConversationParameters
        {
            Bot = new ChannelAccount { Id = bot.Id, Name = bot.Name },
            Members = [new ChannelAccount { Id = user.Id }],
            IsGroup = false,
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
    }
}
