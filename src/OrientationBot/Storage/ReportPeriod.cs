namespace OrientationBot.Storage;

/// <summary>The instants a report covers: from <see cref="Since"/> (inclusive) to <see cref="Until"/> (exclusive); open where null.</summary>
internal sealed record ReportPeriod(DateTimeOffset? Since = null, DateTimeOffset? Until = null)
{
    public static ReportPeriod All { get; } = new();
}
