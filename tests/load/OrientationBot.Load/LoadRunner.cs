using System.Globalization;

namespace OrientationBot.Load;

/// <summary>Load runner for POST /api/messages: see ../README.md. Usage: [--seconds 10] [--warmup 3] [--concurrency 1,16] [--no-answer-cache]</summary>
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
        using var bot = new LoadBot { PlumbingOnly = false, NoAnswerCache = noCache };
        using var plumbing = new LoadBot { PlumbingOnly = true };
        var botAddress = bot.Start();
        var plumbingAddress = plumbing.Start();
        using var botClient = Client(botAddress, levels.Max());
        using var plumbingClient = Client(plumbingAddress, levels.Max());

        Console.WriteLine($"{questions.Count} questions, {seconds} s per run after {warmup} s of warm-up, {Environment.ProcessorCount} cores, " +
            $"load generator and bot in one process, answer cache {(noCache ? "off" : "on")}");
        Console.WriteLine("mode      concurrency  answers  answers/s   p50 ms   p99 ms   max ms");
        var results = new List<LoadResult>();
        foreach (var concurrency in levels)
        {
            foreach (var (mode, client, catcher) in new[] { ("no-work", plumbingClient, plumbing.Replies), ("bot", botClient, bot.Replies) })
            {
                var result = await new LoadRun(client, catcher, questions, mode).RunAsync(concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds));
                results.Add(result);
                Console.WriteLine(result);
            }
        }

        foreach (var concurrency in levels)
        {
            var withBot = results.Single(r => r.Mode == "bot" && r.Concurrency == concurrency);
            var without = results.Single(r => r.Mode == "no-work" && r.Concurrency == concurrency);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"concurrency {concurrency}: bot throughput is {withBot.AnswersPerSecond / without.AnswersPerSecond:P0} of no-work; bot p99 {withBot.P99Ms:F2} ms"));
        }

        return 0;
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
