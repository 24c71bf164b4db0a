namespace OrientationBot.Protocol.Tests;

public sealed class LogValueTests
{
    [Fact]
    public void Short_ForgedLogLine_LosesItsControlCharacters()
    {
        var logged = LogValue.Short("key-1\n2026-12-07 info: Admin signed in\u001b[2J");

        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\u001b', logged);
        Assert.StartsWith("key-1?2026-12-07 info", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_HugeHeaderValue_IsCutToAShortLine()
    {
        var logged = LogValue.Short(new string('k', 20_000));

        Assert.Equal(LogValue.MaxLength + 1, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("abc123", "abc123")]
    public void Short_OrdinaryKeyId_IsLoggedAsItIs(string? value, string expected)
    {
        Assert.Equal(expected, LogValue.Short(value));
    }
}
