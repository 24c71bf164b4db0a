using System.Globalization;

namespace OrientationBot.Load;

/// <summary>
/// One measured run: answers per second of wall time and per second of the process's CPU time (the second is steady
/// when a shared host lends the cores elsewhere for a moment), and the end-to-end latency distribution.
/// </summary>
internal sealed record LoadResult(string Mode, int Concurrency, int Answers, TimeSpan Elapsed, RunUsage Usage, double P50Ms, double P99Ms, double MaxMs)
{
    public double AnswersPerSecond => Answers / Elapsed.TotalSeconds;

    public double AnswersPerCpuSecond => Answers / Usage.Cpu.TotalSeconds;

    /// <summary>Bytes allocated per answer, generator and bot together: the garbage each round trip leaves.</summary>
    public double KilobytesPerAnswer => Answers == 0 ? 0 : Usage.AllocatedBytes / 1024.0 / Answers;

    public static LoadResult From(string mode, int concurrency, TimeSpan elapsed, RunUsage usage, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        return new LoadResult(mode, concurrency, latenciesMs.Count, elapsed, usage, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99),
            latenciesMs.Count == 0 ? 0 : latenciesMs[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Mode,-9} {Concurrency,11} {Answers,8} {AnswersPerSecond,11:F0} {AnswersPerCpuSecond,11:F0} {KilobytesPerAnswer,8:F1} {P50Ms,8:F2} {P99Ms,8:F2} {MaxMs,8:F2}");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>What a run cost the process: CPU time and bytes allocated.</summary>
internal readonly record struct RunUsage(TimeSpan Cpu, long AllocatedBytes);
