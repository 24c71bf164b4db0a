using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrientationBot.Protocol.Activities;

/// <summary>Reads typed shapes out of an activity's open-ended <c>value</c>.</summary>
internal static class ValueJson
{
    /// <summary>Deserializes an object value, or returns <see langword="null"/> when it is absent or malformed.</summary>
    public static T? Read<T>(JsonElement? value, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
