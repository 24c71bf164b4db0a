namespace OrientationBot.Tips;

/// <summary>Daily tips; bound to the "Tips" configuration section.</summary>
internal sealed class TipsOptions
{
    /// <summary>Local time of day tips arrive unless the user says "tips at …".</summary>
    public TimeOnly DefaultDeliveryTime { get; set; } = new(9, 0);

    /// <summary>IANA zone used until an activity brings the user's localTimezone.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Teams allows 50 requests per second per app per tenant (protocol brief §2.5); replies to questions count too.</summary>
    public int MaxSendsPerSecondPerTenant { get; set; } = 50;

    /// <summary>Sends in flight at once; at about 200 ms a call, 16 are enough to reach 50 a second.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Tries per user per run on 429 or 5xx before the user is deferred by <see cref="RetryDelay"/>.</summary>
    public int MaxAttemptsPerRun { get; set; } = 5;

    /// <summary>How long a user whose attempts ran out waits before the next run tries again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an instance holds a due user before another instance sharing the store may take the user over, and
    /// how long a send may stay unanswered before recovery marks it in doubt. Keep it above the longest a send can
    /// take (the Connector's attempts, timeouts and Retry-After waits: a few minutes with the default Connector settings).
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>On shutdown, how long sends already in flight may finish before they are cancelled (and left in doubt).</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The curated catalogue, relative to the content root or any folder above it. Empty (the default): tips.json in the
    /// knowledge folder (Knowledge:Directory), so moving that folder moves the tips with it.
    /// </summary>
    public string CatalogueFile { get; set; } = "";
}
