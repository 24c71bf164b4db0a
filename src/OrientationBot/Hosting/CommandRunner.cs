using System.CommandLine;
using OrientationBot.Commands;

namespace OrientationBot.Hosting;

internal static class CommandRunner
{
    /// <summary>No sub-command: serve the bot. Otherwise run the sub-command: 0 success, 1 failure, 2 bad usage.</summary>
    public static async Task<int> RunOrExecuteCommandAsync(this WebApplication app, string[] args)
    {
        // Host options ("--urls", "--environment", as the test host passes them) are not sub-commands.
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "-?" or "--help" or "--version"))
        {
            await app.RunAsync();
            return 0;
        }
        var root = new RootCommand("OrientationBot: answers new staff's questions from the Peace and Security Pillar's e-Guide.")
        {
            UnitsCommand.Create(app.Services),
            GlossaryCommand.Create(app.Services),
            AskCommand.Create(app.Services),
            EvaluateCommand.Create(app.Services),
            FitCommand.Create(app.Services),
            PackageCommand.Create(app.Services),
            TipsCommand.Create(app.Services),
            ReportCommand.Create(app.Services),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                await Console.Error.WriteLineAsync(error.Message);
            return 2;
        }
        try
        {
            return await parsed.InvokeAsync();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
