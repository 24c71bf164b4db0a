namespace OrientationBot.Hosting;

internal static class CommandRunner
{
    /// <summary>No arguments: serve the bot. Otherwise run the sub-command and return its exit code.</summary>
    public static async Task<int> RunOrExecuteCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0)
        {
            await app.RunAsync();
            return 0;
        }
        await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
        return 2;
    }
}
