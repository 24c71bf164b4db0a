using System.Globalization;

namespace OrientationBot.Load;

/// <summary>Load runner for POST /api/messages: see ../README.md. Usage: [--seconds 10] [--warmup 3] [--concurrency 1,16] [--rounds 1] [--no-answer-cache]</summary>
/// <remarks>Not top-level statements: those would declare a second type named Program next to the bot's.</remarks>
internal static class LoadRunner
{
    public static async Task<int> Main(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var warmup = Option(args, "--warmup", 3);
        var levels = (OptionText(args, "--concurrency") ?? "1,16").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        var questions = Questions();
        var noCache = args.Contains("--no-answer-cache");
        // On two shared cores one run can land on a noisy moment; alternating the modes and taking medians evens that out.
        var rounds = Option(args, "--rounds", 1);
        using var bot = new LoadBot { PlumbingOnly = false, NoAnswerCache = noCache };
        using var plumbing = new LoadBot { PlumbingOnly = true };
        var botAddress = bot.Start();
        var plumbingAddress = plumbing.Start();
        using var botClient = Client(botAddress, levels.Max());
        using var plumbingClient = Client(plumbingAddress, levels.Max());

        Console.WriteLine($"{questions.Count} questions, {seconds} s per run after {warmup} s of warm-up, {Environment.ProcessorCount} cores, " +
            $"load generator and bot in one process, answer cache {(noCache ? "off" : "on")}");
        Console.WriteLine("mode      concurrency  answers  answers/s  per cpu-s   KB/ans   p50 ms   p99 ms   max ms");
        var results = new List<LoadResult>();
        foreach (var concurrency in levels)
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (mode, client, catcher) in new[] { ("no-work", plumbingClient, plumbing.Replies), ("bot", botClient, bot.Replies) })
                {
                    var result = await new LoadRun(client, catcher, questions, mode).RunAsync(concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds));
                    results.Add(result);
                    Console.WriteLine(result);
                }
            }
        }

        foreach (var concurrency in levels)
        {
            var withBot = Median(results, "bot", concurrency, r => r.AnswersPerSecond);
            var without = Median(results, "no-work", concurrency, r => r.AnswersPerSecond);
            var perCpu = Median(results, "bot", concurrency, r => r.AnswersPerCpuSecond) / Median(results, "no-work", concurrency, r => r.AnswersPerCpuSecond);
            var p99 = Median(results, "bot", concurrency, r => r.P99Ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"concurrency {concurrency}: bot throughput is {withBot / without:P0} of no-work, {perCpu:P0} per CPU-second (medians of {rounds}); bot p99 {p99:F2} ms"));
        }

        return 0;
    }

    private static double Median(List<LoadResult> results, string mode, int concurrency, Func<LoadResult, double> measure)
    {
        var values = results.Where(r => r.Mode == mode && r.Concurrency == concurrency).Select(measure).Order().ToList();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback) => OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static HttpClient Client(Uri address, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
        };

    // The Knowledge project's evaluation questions: a realistic mix of answered, declined and misspelled ones.
    private static List<string> Questions() =>
        [.. File.ReadLines(LoadBot.RepositoryFolder("tests", "OrientationBot.Knowledge.Tests", "TestData", "questions.tsv"))
            .Skip(1)
            .Select(l => l.Split('\t')[0])
            .Where(q => q.Length > 0)];
}
