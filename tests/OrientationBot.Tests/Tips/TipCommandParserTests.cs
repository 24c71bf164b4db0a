using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

public sealed class TipCommandParserTests
{
    [Theory]
    [InlineData("tips on", "TipsOn")]
    [InlineData("  Tips   ON. ", "TipsOn")]
    [InlineData("TIP ON", "TipsOn")]
    [InlineData("turn on tips", "TipsOn")]
    [InlineData("tips off", "TipsOff")]
    [InlineData("Tips Off!", "TipsOff")]
    [InlineData("stop tips", "TipsOff")]
    [InlineData("tips pause", "TipsOff")]
    [InlineData("stop", "TipsOff")]
    [InlineData("STOP.", "TipsOff")]
    [InlineData("unsubscribe", "TipsOff")]
    [InlineData("tip", "NextTip")]
    [InlineData("Tip?", "NextTip")]
    [InlineData("next tip", "NextTip")]
    public void Parse_OnOffAndNext_ReturnsTheCommand(string text, string expected)
    {
        var command = TipCommandParser.Parse(text);

        // Kinds travel as names: the enum is internal to the bot, and xunit theories must be public.
        Assert.Equal(Enum.Parse<TipCommandKind>(expected), command?.Kind);
        Assert.True(command?.IsValid);
    }

    [Theory]
    [InlineData("tips at 8:30", 8, 30)]
    [InlineData("tips at 08:30", 8, 30)]
    [InlineData("tips at 8.30", 8, 30)]
    [InlineData("Tips at 8:30am", 8, 30)]
    [InlineData("tips at 8:30 AM", 8, 30)]
    [InlineData("tips at 8.30 a.m.", 8, 30)]
    [InlineData("tips at 8", 8, 0)]
    [InlineData("tips at 9am", 9, 0)]
    [InlineData("tips at 1:15pm", 13, 15)]
    [InlineData("tips at 12pm", 12, 0)]
    [InlineData("tips at 12am", 0, 0)]
    [InlineData("tips at 17:45", 17, 45)]
    [InlineData("tips at 0830", 8, 30)]
    [InlineData("tips at 8h30", 8, 30)]
    [InlineData("tip at 7:05", 7, 5)]
    [InlineData("tips at: 10:00", 10, 0)]
    public void Parse_TipsAtAReadableTime_ReturnsThatTime(string text, int hour, int minute)
    {
        var command = TipCommandParser.Parse(text);

        Assert.Equal(new TipCommand(TipCommandKind.TipsAt, Time: new TimeOnly(hour, minute)), command);
    }

    [Theory]
    [InlineData("tips at 25:00")]
    [InlineData("tips at 8:75")]
    [InlineData("tips at 13pm")]
    [InlineData("tips at noonish")]
    [InlineData("tips at 0am")]
    public void Parse_TipsAtAnUnreadableTime_ReturnsAnErrorToShow(string text)
    {
        var command = TipCommandParser.Parse(text);

        Assert.Equal(TipCommandKind.TipsAt, command?.Kind);
        Assert.False(command?.IsValid);
        Assert.Null(command?.Time);
        Assert.Contains("tips at 8:30", command?.Error);
    }

    [Theory]
    [InlineData("start date 2026-12-01")]
    [InlineData("Start Date: 2026-12-01")]
    [InlineData("start date is 2026-12-1")]
    [InlineData("startdate 2026/12/01")]
    [InlineData("start date 1 December 2026")]
    [InlineData("start date 1st Dec 2026")]
    [InlineData("start date December 1, 2026")]
    [InlineData("my start date is 2026-12-01.")]
    public void Parse_StartDate_ReturnsTheDate(string text)
    {
        var command = TipCommandParser.Parse(text);

        Assert.Equal(new TipCommand(TipCommandKind.StartDate, StartDate: new DateOnly(2026, 12, 1)), command);
    }

    [Theory]
    [InlineData("start date 01/12/2026", "two ways")]
    [InlineData("start date 12.01.2026", "two ways")]
    [InlineData("start date next monday", "couldn't read")]
    [InlineData("start date 2026-02-30", "couldn't read")]
    public void Parse_StartDateUnreadableOrAmbiguous_ReturnsAnErrorAskingForIso(string text, string expected)
    {
        var command = TipCommandParser.Parse(text);

        Assert.Equal(TipCommandKind.StartDate, command?.Kind);
        Assert.Contains(expected, command?.Error);
        Assert.Contains("2026-12-01", command?.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what does the Police Division do?")]
    [InlineData("any tips for my first week?")]
    [InlineData("tips attention")]
    [InlineData("tipsy")]
    [InlineData("when is my start date")]
    public void Parse_OrdinaryQuestion_ReturnsNull(string? text)
    {
        Assert.Null(TipCommandParser.Parse(text));
    }
}
