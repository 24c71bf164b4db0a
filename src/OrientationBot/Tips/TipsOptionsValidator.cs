using OrientationBot.Knowledge;
using Microsoft.Extensions.Options;

namespace OrientationBot.Tips;

/// <summary>Start-up checks for <see cref="TipsOptions"/>; each message names the setting, the bad value and the fix.</summary>
internal sealed class TipsOptionsValidator(IHostEnvironment environment, IOptions<KnowledgeOptions> knowledge) : IValidateOptions<TipsOptions>
{
    public ValidateOptionsResult Validate(string? name, TipsOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneLookup.TryFind(options.DefaultTimeZone, out _))
            failures.Add($"Tips:DefaultTimeZone '{options.DefaultTimeZone}' is not a time zone this machine knows: use an IANA id such as \"UTC\" or \"America/New_York\" (on Linux, install tzdata).");
        if (options.MaxSendsPerSecondPerTenant is < 1 or > 1000)
            failures.Add($"Tips:MaxSendsPerSecondPerTenant is {options.MaxSendsPerSecondPerTenant}: set a number from 1 to 1000; Teams allows 50 per app per tenant.");
        if (options.MaxConcurrentSends is < 1 or > 256)
            failures.Add($"Tips:MaxConcurrentSends is {options.MaxConcurrentSends}: set a number from 1 to 256.");
        if (options.MaxAttemptsPerRun is < 1 or > 20)
            failures.Add($"Tips:MaxAttemptsPerRun is {options.MaxAttemptsPerRun}: set a number from 1 to 20.");
        if (options.RetryDelay < TimeSpan.FromSeconds(1) || options.RetryDelay > TimeSpan.FromHours(12))
            failures.Add($"Tips:RetryDelay is {options.RetryDelay}: set a duration from 00:00:01 to 12:00:00.");
        if (options.LeaseDuration < TimeSpan.FromMinutes(1) || options.LeaseDuration > TimeSpan.FromHours(1))
            failures.Add($"Tips:LeaseDuration is {options.LeaseDuration}: set a duration from 00:01:00 to 01:00:00, longer than the longest a send can take.");
        if (options.ShutdownDrainTimeout < TimeSpan.Zero || options.ShutdownDrainTimeout > TimeSpan.FromMinutes(5))
            failures.Add($"Tips:ShutdownDrainTimeout is {options.ShutdownDrainTimeout}: set a duration from 00:00:00 to 00:05:00.");
        if (TipCatalogueFile.Find(options, knowledge.Value, environment.ContentRootPath) is null)
            failures.Add($"{TipCatalogueFile.Describe(options, knowledge.Value)} was not found in the content root '{environment.ContentRootPath}' "
                + "or any folder above it: set Tips:CatalogueFile to the path of tips.json.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
