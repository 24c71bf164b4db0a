using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrientationBot.Commands;

/// <summary>How sub-commands write JSON: camelCase, readable non-ASCII, no escaping of "'" or "&amp;" in URLs.</summary>
internal static class CommandOutput
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
