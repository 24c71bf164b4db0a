using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// One JSON line per answer for <c>ask --json</c>:
/// {"question": …, "answered": …, "tentative": …, "units": [up to 3 names, best first], "emails": […], "urls": […]}.
/// </summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer as one line of JSON; units carry their display names (the directory qualifies the three same-named offices).</summary>
    public static string Format(Answer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("question", answer.Question);
            json.WriteBoolean("answered", answer.Answered);
            json.WriteBoolean("tentative", answer.Tentative);
            Array(json, "units", answer.Units.Take(3).Select(directory.DisplayName));
            Array(json, "emails", answer.Emails.Where(e => e.Length > 0).Distinct());
            Array(json, "urls", answer.Urls.Distinct());
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Array(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
