using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>clientInfo</c> entity: the sender's locale, country, platform and time zone (brief §3.3).</summary>
public sealed record ClientInfo
{
    /// <summary>The entity <c>type</c> of client information; compare it case-insensitively.</summary>
    public const string EntityType = "clientInfo";

    /// <summary>Gets the client's locale, such as <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Gets the client's country code, such as <c>CH</c>.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the client platform, such as <c>Web</c> or <c>Windows</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the client's IANA time-zone name.</summary>
    public string? Timezone { get; init; }

    /// <summary>Reads client information from an entity, or returns <see langword="null"/> when the entity is something else.</summary>
    /// <param name="entity">One of <see cref="CoreActivity.Entities"/>.</param>
    public static ClientInfo? FromEntity(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!EntityJson.HasType(entity, EntityType))
        {
            return null;
        }

        try
        {
            return entity.Deserialize(ProtocolJsonContext.Default.ClientInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
