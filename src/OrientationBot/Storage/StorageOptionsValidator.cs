using Microsoft.Extensions.Options;

namespace OrientationBot.Storage;

/// <summary>Start-up checks for <see cref="StorageOptions"/>; each message names the setting, the bad value and the fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    // Shorter salts are guessable enough to reverse the hashes of a small staff population.
    internal const int MinimumSaltLength = 16;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            failures.Add("Storage:DataDirectory is empty: set it to a folder the bot may write to, e.g. \"data\" (relative to the content root).");
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Storage:DataDirectory '{options.DataDirectory}' contains characters that are not allowed in a path: choose a plain folder path.");

        if (string.IsNullOrWhiteSpace(options.DatabaseFile) || options.DatabaseFile.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            failures.Add($"Storage:DatabaseFile '{options.DatabaseFile}' is not a plain file name: set it to a name such as \"orientationbot.db\"; put the folder in Storage:DataDirectory.");

        if (options.UserHashSalt.Length is > 0 and < MinimumSaltLength)
            failures.Add($"Storage:UserHashSalt is only {options.UserHashSalt.Length} characters long: use at least {MinimumSaltLength} random characters, or leave it empty to have one generated in the data directory.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
