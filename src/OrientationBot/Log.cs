namespace OrientationBot;

/// <summary>The bot's log messages. Event ids: 2xxx knowledge, 3xxx conversations, 4xxx tips.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Knowledge loaded: {Units} units, {Acronyms} acronyms in {ElapsedMs} ms")]
    public static partial void KnowledgeLoaded(this ILogger logger, int units, int acronyms, long elapsedMs);
}
