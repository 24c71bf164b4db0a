using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>Small readers for loosely typed JSON nodes in entities and channel data.</summary>
internal static class EntityJson
{
    /// <summary>Returns the node's string value, or <see langword="null"/> when it is missing or not a string.</summary>
    public static string? GetString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Tells whether an entity's <c>type</c> equals the given type, ignoring case (brief §3.4).</summary>
    public static bool HasType(JsonObject entity, string type) =>
        string.Equals(GetString(entity["type"]), type, StringComparison.OrdinalIgnoreCase);
}
