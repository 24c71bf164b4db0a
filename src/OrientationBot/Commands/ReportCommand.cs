using System.CommandLine;
using System.Globalization;
using OrientationBot.Conversations;
using OrientationBot.Storage;

namespace OrientationBot.Commands;

/// <summary>
/// `report [--top N] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--csv]`: what the guide's owners should look at:
/// questions left unanswered, units voted "not helpful", and the comments left with votes.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(IServiceProvider services)
    {
        // Strings, parsed by CommandArguments: a bad value gets a sentence, not a .NET type name.
        var top = new Option<string>("--top") { Description = "How many rows of each list (default 20)" };
        var since = new Option<string>("--since") { Description = "First day to include, as YYYY-MM-DD (UTC)" };
        var until = new Option<string>("--until") { Description = "Last day to include, as YYYY-MM-DD (UTC)" };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (one table, a \"list\" column per row) for a spreadsheet" };
        var command = new Command("report",
            "Print the questions left unanswered, the units voted \"not helpful\" and the comments left with votes") { top, since, until, csv };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!CommandArguments.TryWholeNumber(result.GetValue(top), "--top", 1, 10_000, FeedbackReport.DefaultCount, out var count, out var error)
                || !CommandArguments.TryDay(result.GetValue(since), "--since", out var first, out error)
                || !CommandArguments.TryDay(result.GetValue(until), "--until", out var last, out error))
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }
            if (first is { } from && last is { } to && to < from)
            {
                await Console.Error.WriteLineAsync($"--until ({Format(to)}) is before --since ({Format(from)}).");
                return 2;
            }
            // Reading must not create: a report from the wrong folder would otherwise be an empty store's "none recorded".
            if (services.SqliteFile() is { } file && !File.Exists(file))
            {
                await Console.Error.WriteLineAsync(
                    $"No store at {file}: the bot has recorded nothing there. Set Storage:DataDirectory to the data folder the bot runs with.");
                return 1;
            }
            var writeCsv = result.GetValue(csv);
            // CSV goes to stdout alone, so it can be redirected into a file as it is.
            var notes = writeCsv ? Console.Error : Console.Out;
            await notes.WriteLineAsync($"From {services.DescribeStore()}");
            if (!writeCsv)
                await notes.WriteLineAsync();
            var store = services.GetRequiredService<IBotStore>();
            await store.InitializeAsync(cancellationToken);
            var period = new ReportPeriod(StartOf(first), StartOf(last?.AddDays(1)));
            await services.GetRequiredService<FeedbackReport>().WriteAsync(Console.Out, count, period, writeCsv, cancellationToken);
            return 0;
        });
        return command;
    }

    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
