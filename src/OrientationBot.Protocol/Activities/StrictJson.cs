using System.Text.Json;

namespace OrientationBot.Protocol.Activities;

/// <summary>
/// Whether a body is JSON every later reader can take: valid UTF-8, no string with a lone surrogate ("\ud800"), no
/// object naming a member twice. System.Text.Json accepts all three while parsing and throws only when a turn reads the
/// value (a mention, a card action's data), so the edge refuses them instead (400), before anything acts on them.
/// </summary>
public static class StrictJson
{
    /// <summary>How deep the check follows nesting; deeper bodies are refused as the serializer would refuse them.</summary>
    private const int MaxDepth = 64;

    public static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var members = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        members.Push(null);
                        break;
                    case JsonTokenType.EndObject:
                        members.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var names = members.Pop() ?? new HashSet<string>(StringComparer.Ordinal);
                        if (!names.Add(reader.GetString()!))
                            return false;
                        members.Push(names);
                        break;
                    case JsonTokenType.String:
                        _ = reader.GetString(); // unescapes, and throws on invalid UTF-8 or a lone surrogate
                        break;
                }
            }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
