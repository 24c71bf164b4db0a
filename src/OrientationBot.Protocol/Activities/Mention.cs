using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>An @mention entity: who was mentioned and the <c>&lt;at&gt;…&lt;/at&gt;</c> text that shows it (brief §3.4).</summary>
public sealed record Mention
{
    /// <summary>The entity <c>type</c> of a mention; compare it case-insensitively.</summary>
    public const string EntityType = "mention";

    /// <summary>Gets the account that was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>Gets the mention as it appears in the message text, such as <c>&lt;at&gt;OrientationBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Reads a mention from an entity, or returns <see langword="null"/> when the entity is something else.</summary>
    /// <param name="entity">One of <see cref="CoreActivity.Entities"/>.</param>
    public static Mention? FromEntity(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!EntityJson.HasType(entity, EntityType))
        {
            return null;
        }

        try
        {
            return entity.Deserialize(ProtocolJsonContext.Default.Mention);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Builds the entity to send with a message whose text contains <see cref="Text"/>.</summary>
    public JsonObject ToEntity()
    {
        var entity = new JsonObject { ["type"] = EntityType };
        if (Text is not null)
        {
            entity["text"] = Text;
        }

        if (Mentioned is not null)
        {
            entity["mentioned"] = JsonSerializer.SerializeToNode(Mentioned, ProtocolJsonContext.Default.ChannelAccount);
        }

        return entity;
    }
}
