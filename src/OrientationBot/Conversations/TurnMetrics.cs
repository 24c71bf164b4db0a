using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OrientationBot.Conversations;

/// <summary>
/// What operators watch per turn, as metrics rather than a log line each: counted and timed by activity type and intent
/// (both small, fixed sets), read with <c>dotnet-counters monitor -n OrientationBot --counters OrientationBot</c> or
/// any OpenTelemetry exporter. With nobody listening they cost next to nothing; a log line per turn was a sixteenth
/// of a cached answer's CPU in the outside benchmark.
/// </summary>
internal sealed class TurnMetrics
{
    public const string MeterName = "OrientationBot";

    private readonly Counter<long> turns;
    private readonly Histogram<double> duration;

    public TurnMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        turns = meter.CreateCounter<long>("orientationbot.turns", "{turn}", "Turns handled, by activity type and intent");
        duration = meter.CreateHistogram<double>("orientationbot.turn.duration", "s", "Time from an activity's arrival to its reply being sent");
    }

    public void Completed(string? activityType, string intent, TimeSpan elapsed)
    {
        var tags = new TagList { { "activity.type", activityType ?? "none" }, { "intent", intent } };
        turns.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
    }
}
