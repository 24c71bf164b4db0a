namespace OrientationBot.Hosting;

internal static class CommandLineLogging
{
    /// <summary>
    /// With a sub-command, every log line goes to standard error and only warnings are shown,
    /// so `ask --json` and `units --json` write nothing but their results to standard output.
    /// </summary>
    public static WebApplicationBuilder UseCommandLineFriendlyLogging(this WebApplicationBuilder builder, string[] args)
    {
        if (args.Length == 0)
            return builder;
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }
}
