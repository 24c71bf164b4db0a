using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace OrientationBot.Tests.Support;

/// <summary>Keeps every log entry of the host, with its structured values and the scopes it was written in.</summary>
internal sealed class LogRecorder : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            Collect(state, values);
            var scopeTexts = new List<string>();
            owner.scopes.ForEachScope((scope, list) =>
            {
                list.Add(scope?.ToString() ?? "");
                Collect(scope, values);
            }, scopeTexts);
            owner.entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception), exception, values, scopeTexts));
        }

        private static void Collect(object? state, Dictionary<string, object?> values)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                    values.TryAdd(key, value);
            }
        }
    }
}
