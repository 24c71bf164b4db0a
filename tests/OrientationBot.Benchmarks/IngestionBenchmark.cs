using System.Diagnostics;
using OrientationBot.Knowledge.Guide;

namespace OrientationBot.Benchmarks;

/// <summary>
/// Times ingestion of knowledge/ (repair, parse, directory) after a warm-up, as the bot pays it at every
/// start-up in a warm process; the first (cold, JIT-compiling) run is reported separately.
/// </summary>
public static class IngestionBenchmark
{
    public static int Run(string[] args)
    {
        var folder = KnowledgeFiles.Locate("knowledge", AppContext.BaseDirectory);
        var cold = Stopwatch.StartNew();
        var directory = KnowledgeFiles.Load(folder);
        cold.Stop();
        const int iterations = 30;
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            KnowledgeFiles.Load(folder);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"ingestion: {directory.Units.Count} units, {directory.Glossary.Count} acronyms, {directory.Passages.Count} passages");
        Console.WriteLine($"cold (first run, includes JIT): {cold.Elapsed.TotalMilliseconds:F1} ms");
        Console.WriteLine($"warm over {iterations} runs: median {times[iterations / 2]:F1} ms, max {times[^1]:F1} ms");
        return 0;
    }
}
