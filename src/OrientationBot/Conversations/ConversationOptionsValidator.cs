using Microsoft.Extensions.Options;

namespace OrientationBot.Conversations;

/// <summary>Checks the Conversations settings at start-up; each message names the setting, the bad value and the fix.</summary>
internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    private static readonly TimeSpan BotServiceLimit = TimeSpan.FromSeconds(15);

    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ReplyTimeout <= TimeSpan.Zero || options.ReplyTimeout >= BotServiceLimit)
        {
            failures.Add($"Conversations:ReplyTimeout '{options.ReplyTimeout}' is out of range: set it between 00:00:01 and 00:00:14, " +
                "below the 15 seconds after which the Bot Service gives up on the bot.");
        }

        if (options.MaxQuestionLength is < 20 or > 10_000)
            failures.Add($"Conversations:MaxQuestionLength '{options.MaxQuestionLength}' is out of range: set it between 20 and 10000 characters.");
        if (options.AnswerCacheSize is < 0 or > 100_000)
            failures.Add($"Conversations:AnswerCacheSize '{options.AnswerCacheSize}' is out of range: set it between 0 (off) and 100000 questions.");
        if (options.MaxSearchResults is < 1 or > 25)
            failures.Add($"Conversations:MaxSearchResults '{options.MaxSearchResults}' is out of range: set it between 1 and 25 (Teams shows at most 25).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
