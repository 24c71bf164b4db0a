using OrientationBot.Cards;
using OrientationBot.Conversations;

namespace OrientationBot.Tests.Conversations;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("help", CardActions.Verbs.Help)]
    [InlineData("  HELP?", CardActions.Verbs.Help)]
    [InlineData("/help", CardActions.Verbs.Help)]
    [InlineData("Units.", CardActions.Verbs.Units)]
    [InlineData("browse units", CardActions.Verbs.Units)]
    public void Parse_Command_ReturnsItsVerb(string text, string verb)
    {
        var action = CommandText.Parse(text);

        Assert.Equal(verb, action?.Verb);
    }

    [Theory]
    [InlineData("help me find the police division")]
    [InlineData("which units deal with elections")]
    [InlineData("tips on")]
    [InlineData("")]
    public void Parse_AnythingElse_ReturnsNull(string text)
    {
        var action = CommandText.Parse(text);

        Assert.Null(action);
    }
}
