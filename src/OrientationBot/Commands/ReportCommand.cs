using System.CommandLine;
using OrientationBot.Conversations;

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
            var store = services.GetRequiredService<Storage.IBotStore>();
            await store.InitializeAsync(cancellationToken);
            await services.GetRequiredService<FeedbackReport>().WriteAsync(Console.Out, count, cancellationToken);
            return 0;
        });
        return command;
    }
}
