using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrientationBot.Protocol.Activities;

/// <summary>The conversation an activity belongs to: a personal chat, a group chat or a channel (brief §3.3).</summary>
public sealed record ConversationAccount
{
    /// <summary>Conversation type of a one-to-one chat with the bot.</summary>
    public const string Personal = "personal";

    /// <summary>Conversation type of a group chat.</summary>
    public const string GroupChat = "groupChat";

    /// <summary>Conversation type of a team channel.</summary>
    public const string Channel = "channel";

    /// <summary>Gets the conversation id (<c>a:…</c>, <c>19:…@thread.v2</c>, <c>19:…@thread.tacv2;messageid=…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the conversation name, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets <c>personal</c>, <c>groupChat</c> or <c>channel</c>; compare case-insensitively.</summary>
    public string? ConversationType { get; init; }

    /// <summary>Gets the Entra tenant id of the conversation.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets whether the conversation has more than two members; Teams omits it for personal chats.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Gets or sets the fields this model does not name, kept so that nothing is lost (SPEC A2005).</summary>
    /// <remarks>Settable, not init-only: the JSON source generator cannot fill extension data through <c>init</c>.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
