using System.Text.Json;

namespace OrientationBot.Protocol.Connector;

/// <summary>Reads the error code out of a Connector error body, in either of the shapes Teams uses (brief §2.3, §2.4).</summary>
internal static class ConnectorErrorBody
{
    /// <summary>Returns <c>error.code</c>, else the <c>subCode</c> nested in <c>message</c>, else <c>errorCode</c>; <see langword="null"/> if none.</summary>
    public static string? ReadCode(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // ErrorResponse: {"error":{"code":"ConversationBlockedByUser","message":"…"}} (API-DOC).
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }

            // Proactive 403: {"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",…}"} (brief §2.4).
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                && ReadCode(message.GetString(), "subCode") is { } subCode)
            {
                return subCode;
            }

            return root.TryGetProperty("errorCode", out var errorCode) ? Text(errorCode) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadCode(string? json, string property)
    {
        if (string.IsNullOrWhiteSpace(json) || json[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(property, out var value) ? Text(value) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
