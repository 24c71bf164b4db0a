using Microsoft.Extensions.Logging;

namespace OrientationBot.Tests.Support;

/// <summary>One recorded log line: its structured values include those of the scopes it was written in.</summary>
internal sealed record LogEntry(
    string Category,
    LogLevel Level,
    int EventId,
    string Message,
    Exception? Exception,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<string> Scopes)
{
    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value?.ToString() : null;
}
