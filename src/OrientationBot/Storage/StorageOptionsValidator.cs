using Microsoft.Extensions.Options;
using Npgsql;

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

        if (options.UsesPostgres)
            ValidatePostgres(options, failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The connection string holds a password: messages name the setting and the problem, never the value.
    private static void ValidatePostgres(StorageOptions options, List<string> failures)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            failures.Add($"Storage:PostgresConnectionString is not a valid PostgreSQL connection string ({ex.Message}): use the form \"Host=db.example.org;Database=orientationbot;Username=bot;Password=…\", or leave it empty for SQLite.");
            return;
        }
        if (string.IsNullOrWhiteSpace(settings.Host))
            failures.Add("Storage:PostgresConnectionString names no Host: add \"Host=<server>\" (and Database, Username, Password), or leave it empty for SQLite.");
        // Each instance would otherwise generate its own salt, and the same user would count as several in the report.
        if (options.UserHashSalt.Length == 0)
            failures.Add($"Storage:UserHashSalt is empty while Storage:PostgresConnectionString is set: give every instance the same salt of at least {MinimumSaltLength} random characters.");
    }
}
