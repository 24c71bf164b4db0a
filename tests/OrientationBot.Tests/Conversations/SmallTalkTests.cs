using OrientationBot.Conversations;

namespace OrientationBot.Tests.Conversations;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there!")]
    [InlineData("good morning bot")]
    public void Reply_Greeting_SaysHelloAndWhatToAsk(string text)
    {
        Assert.StartsWith("Hello!", SmallTalk.Reply(text));
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("ok thanks!")]
    [InlineData("Great, thank you so much")]
    [InlineData("perfect thx")]
    public void Reply_Thanks_SaysYoureWelcome(string text)
    {
        Assert.StartsWith("You're welcome!", SmallTalk.Reply(text));
    }

    [Theory]
    [InlineData("hi, who heads the police division?")]
    [InlineData("thanks, and what does OROLSI do")]
    [InlineData("unmas")]
    [InlineData("")]
    public void Reply_QuestionOrAnythingElse_IsNull(string text)
    {
        Assert.Null(SmallTalk.Reply(text));
    }
}
