using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrientationBot.Protocol.Activities;

/// <summary>A user or bot in a conversation: <c>29:…</c> for users, <c>28:…</c> for bots (brief §3.3).</summary>
public sealed record ChannelAccount
{
    /// <summary>Gets the channel-specific id; a <c>29:</c> user id is unique per bot.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the user's Entra ID object id, when Teams sends it.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Gets the role (<c>user</c> or <c>bot</c>), when sent.</summary>
    public string? Role { get; init; }

    /// <summary>Gets or sets the fields this model does not name, kept so that nothing is lost (SPEC A2005).</summary>
    /// <remarks>Settable, not init-only: the JSON source generator cannot fill extension data through <c>init</c>.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
