using System.CommandLine;
using OrientationBot.Conversations;
using OrientationBot.Storage;

namespace OrientationBot.Commands;

/// <summary>`report [--top N]`: what the guide's owners should look at: frequent unanswered questions, units voted "not helpful".</summary>
internal static class ReportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var top = new Option<int>("--top") { Description = "How many rows of each list", DefaultValueFactory = _ => FeedbackReport.DefaultCount };
        var command = new Command("report", "Print the most frequent unanswered questions and the units with the most \"not helpful\" votes") { top };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(top);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--top must be at least 1.");
                return 2;
            }
            // Reading must not create: a report from the wrong folder would otherwise be an empty store's "none recorded".
            if (services.SqliteFile() is { } file && !File.Exists(file))
            {
                await Console.Error.WriteLineAsync(
                    $"No store at {file}: the bot has recorded nothing there. Set Storage:DataDirectory to the data folder the bot runs with.");
                return 1;
            }
            await Console.Out.WriteLineAsync($"From {services.DescribeStore()}");
            await Console.Out.WriteLineAsync();
            var store = services.GetRequiredService<Storage.IBotStore>();
            await store.InitializeAsync(cancellationToken);
            await services.GetRequiredService<FeedbackReport>().WriteAsync(Console.Out, count, cancellationToken);
            return 0;
        });
        return command;
    }
}
