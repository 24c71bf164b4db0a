using Microsoft.Extensions.Options;

namespace OrientationBot.Protocol.Connector;

/// <summary>Checks the <c>Connector</c> settings at start-up; each message names the setting, the bad value and the fix.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"Connector:MaxRetryAttempts '{options.MaxRetryAttempts}' is out of range: set it between 0 and 10.");
        }

        CheckRange(failures, "BaseDelay", options.BaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        CheckRange(failures, "MaxDelay", options.MaxDelay, options.BaseDelay, TimeSpan.FromMinutes(10));
        CheckRange(failures, "MaxRetryAfter", options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1));
        CheckRange(failures, "AttemptTimeout", options.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

        if (!Uri.TryCreate(options.DefaultServiceUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add(
                $"Connector:DefaultServiceUrl '{options.DefaultServiceUrl}' is not an absolute https URL: " +
                "remove it for https://smba.trafficmanager.net/teams/ or set your cloud's Connector URL.");
        }

        foreach (var host in options.AdditionalTrustedHosts)
        {
            if (Uri.CheckHostName(host) != UriHostNameType.Dns)
            {
                failures.Add($"Connector:AdditionalTrustedHosts entry '{host}' is not a host name: give bare names such as smba.infra.gcc.teams.microsoft.com.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string setting, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"Connector:{setting} '{value}' is out of range: set it between {min} and {max} (format hh:mm:ss).");
        }
    }
}
