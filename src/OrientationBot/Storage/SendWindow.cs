namespace OrientationBot.Storage;

/// <summary>The span Teams' per-tenant limit is counted over (protocol brief §2.5).</summary>
internal static class SendWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(1);
}
