using System.Diagnostics;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Benchmarks;

/// <summary>
/// Times the Lucene.Net index build and the answerer per question (warm, after a warm-up pass) over the
/// question set, reporting p50, p99 and max. Usage: search [questions.tsv] [iterations].
/// </summary>
public static class SearchBenchmark
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folder = KnowledgeFiles.Locate("knowledge", AppContext.BaseDirectory);
        var directory = KnowledgeFiles.Load(folder);
        var questionsPath = args.Length > 0 ? args[0] : Path.Combine(Path.GetDirectoryName(folder)!, "tests", "OrientationBot.Knowledge.Tests", "TestData", "questions.tsv");
        if (!File.Exists(questionsPath))
        {
            Console.Error.WriteLine($"No question set at {questionsPath}: pass its path as the first argument.");
            return 2;
        }
        var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 50;
        var questions = EvaluationQuestion.Read(questionsPath).Select(q => q.Question).ToList();

        var cold = Stopwatch.StartNew();
        new LuceneUnitIndex(directory).Dispose();
        cold.Stop();
        var builds = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            new LuceneUnitIndex(directory).Dispose();
            builds.Add(watch.Elapsed.TotalMilliseconds);
        }
        builds.Sort();

        using var index = new LuceneUnitIndex(directory);
        var answerer = new Answerer(directory, index);
        foreach (var question in questions)
            answerer.Ask(question);
        var times = new List<double>(questions.Count * iterations);
        // Start the timed loop with a clean heap so the index builds' garbage is not charged to the questions; twice, so
        // the index itself reaches the oldest generation now rather than in the first collection of the timed loop.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Ask(question);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        times.Sort();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var question in questions)
            answerer.Ask(question);
        var allocatedPerAsk = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / questions.Count;
        var analysed = questions.Select(answerer.Analyse).ToList();
        allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var query in analysed)
            index.Search(query.SearchStems, 40);
        var allocatedPerSearch = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / questions.Count;
        Console.WriteLine($"of which the Lucene search: {allocatedPerSearch / 1024.0:F0} KB");
        Console.WriteLine($"index: {index.Documents.Count} documents; build cold {cold.Elapsed.TotalMilliseconds:F1} ms, warm median {builds[builds.Count / 2]:F1} ms, max {builds[^1]:F1} ms");
        Console.WriteLine($"ask: {questions.Count} questions x {iterations} = {times.Count} calls; p50 {Percentile(times, 0.50):F3} ms, p99 {Percentile(times, 0.99):F3} ms, max {times[^1]:F3} ms; {allocatedPerAsk / 1024.0:F0} KB allocated per question");
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
