using System.CommandLine;
using System.Globalization;
using OrientationBot.Tips;

namespace OrientationBot.Commands;

/// <summary>`tips --preview N [--start YYYY-MM-DD]`: the first N working days of tips as a newcomer gets them.</summary>
internal static class TipsCommand
{
    public static Command Create(IServiceProvider services)
    {
        // Strings, parsed by CommandArguments: a bad value gets a sentence, not a .NET type name.
        var preview = new Option<string>("--preview") { Description = "How many working days of tips to print, 1 to 400 (default 10)" };
        var start = new Option<string>("--start") { Description = "Day 1 of the programme as YYYY-MM-DD (default: the next working day)" };
        var command = new Command("tips", "Preview the daily onboarding tips") { preview, start };
        command.SetAction(result =>
        {
            if (!CommandArguments.TryWholeNumber(result.GetValue(preview), "--preview", 1, 400, 10, out var days, out var error)
                || !CommandArguments.TryDay(result.GetValue(start), "--start", out var day1, out error))
            {
                Console.Error.WriteLine(error);
                return 2;
            }
            var programme = services.GetRequiredService<TipProgramme>();
            var first = day1 ?? NextWorkingDay(DateOnly.FromDateTime(DateTime.Today));
            foreach (var day in programme.Preview(days, first))
            {
                Console.Out.WriteLine($"Day {day.Day}, {day.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}: {day.Tip.Title}");
                Console.Out.WriteLine($"  {day.Tip.Text}");
                var where = char.IsDigit(day.Tip.Section[0]) ? $"e-Guide, section {day.Tip.Section}" : $"e-Guide, {day.Tip.Section}";
                var source = day.Tip.About is null ? where : $"{day.Tip.About} ({where})";
                Console.Out.WriteLine($"  Source: {source}");
                Console.Out.WriteLine();
            }
            return 0;
        });
        return command;
    }

    private static DateOnly NextWorkingDay(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            date = date.AddDays(1);
        return date;
    }
}
