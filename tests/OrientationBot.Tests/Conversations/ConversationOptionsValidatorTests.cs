using OrientationBot.Conversations;

namespace OrientationBot.Tests.Conversations;

public sealed class ConversationOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new ConversationOptionsValidator().Validate(null, new ConversationOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(15, 500, 10, "Conversations:ReplyTimeout")]
    [InlineData(0, 500, 10, "Conversations:ReplyTimeout")]
    [InlineData(10, 5, 10, "Conversations:MaxQuestionLength")]
    [InlineData(10, 500, 0, "Conversations:MaxSearchResults")]
    public void Validate_OutOfRange_NamesTheSetting(int replySeconds, int maxQuestion, int maxResults, string setting)
    {
        var options = new ConversationOptions
        {
            ReplyTimeout = TimeSpan.FromSeconds(replySeconds),
            MaxQuestionLength = maxQuestion,
            MaxSearchResults = maxResults,
        };

        var result = new ConversationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage);
    }
}
