namespace OrientationBot.Protocol.Connector;

/// <summary>Retry, timeout and trust settings of outbound Connector calls, bound from the <c>Connector</c> section (brief §2.4, §2.5).</summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Connector";

    /// <summary>Gets or sets how many times a failed call is retried after the first attempt; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets the first back-off delay, doubled per retry with random jitter (Company Communicator uses 1 s).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the cap on one back-off delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest <c>Retry-After</c> waited for in place; a longer one ends the call with <see cref="ConnectorException.RetryAfter"/> set.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the time limit of one attempt; a timed-out attempt is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the service URL for a first proactive contact without a stored one (brief §2.2); its host is trusted.</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Gets or sets more Connector host names that may receive the bot's token over HTTPS, such as a government cloud's.</summary>
    public string[] AdditionalTrustedHosts { get; set; } = [];
}
