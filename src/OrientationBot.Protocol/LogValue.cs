using System.Text;

namespace OrientationBot.Protocol;

/// <summary>
/// A value from an unauthenticated request, made safe to log: control characters (newlines, ANSI escapes) would forge
/// log lines, and a header of any length would make a log line as long.
/// </summary>
internal static class LogValue
{
    public const int MaxLength = 64;

    public static string Short(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        var text = new StringBuilder(Math.Min(value.Length, MaxLength) + 1);
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, MaxLength)))
            text.Append(char.IsControl(c) || char.IsSurrogate(c) ? '?' : c);
        return value.Length > MaxLength ? text.Append('…').ToString() : text.ToString();
    }
}
