using Moq;
using OrientationBot.Conversations;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Conversations;

/// <summary>The `report` output: unanswered questions, not-helpful units and comments, as text or CSV, users' words made harmless.</summary>
public sealed class FeedbackReportTests
{
    private static readonly UnitDirectory Directory = new(
        [new Unit { Id = "police-division", Name = "Police Division", Acronyms = ["PD"] }],
        [], [], [], "feedback@example.org", "hash");

    private static readonly DateTimeOffset At = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    private readonly Mock<IBotStore> store = new();

    public FeedbackReportTests()
    {
        store.Setup(s => s.TopUnansweredAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.TopNotHelpfulUnitsAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.FeedbackCommentsAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
    }

    [Fact]
    public async Task Report_WithVotes_ListsQuestionsUnitsAndCommentsByName()
    {
        store.Setup(s => s.TopUnansweredAsync(5, ReportPeriod.All, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new QuestionCount("where is the canteen", 7), new QuestionCount("parking", 2)]);
        store.Setup(s => s.TopNotHelpfulUnitsAsync(5, ReportPeriod.All, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new UnitFeedbackCount("police-division", 3, 1), new UnitFeedbackCount("gone-unit", 1, 0)]);
        store.Setup(s => s.FeedbackCommentsAsync(5, ReportPeriod.All, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new FeedbackComment(At, "who heads pd", "police-division", false, "the names are out of date")]);

        var lines = (await WriteAsync(5, csv: false)).Split(Environment.NewLine);

        Assert.Contains("Period: everything recorded", lines);
        Assert.Contains("       7  where is the canteen", lines);
        Assert.Contains("       3  Police Division (PD) (1 found it helpful)", lines);
        Assert.Contains(lines, l => l.Contains("gone-unit (no longer in the e-Guide)", StringComparison.Ordinal));
        Assert.Contains("  2026-11-03  not helpful on Police Division (PD), asked \"who heads pd\": the names are out of date", lines);
        Assert.True(Array.FindIndex(lines, l => l.Contains("canteen", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.Contains("parking", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_Empty_SaysNoneRecordedForEachList()
    {
        var text = await WriteAsync(FeedbackReport.DefaultCount, csv: false);

        Assert.Equal(3, text.Split("none recorded").Length - 1);
    }

    /// <summary>A comment is a user's own text: an escape sequence in it must not reach the owner's terminal.</summary>
    [Fact]
    public async Task Report_CommentWithTerminalEscapes_PrintsItWithoutControlCharacters()
    {
        store.Setup(s => s.FeedbackCommentsAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new FeedbackComment(At, "q\u001b[2J", null, false, "fine\u001b]0;pwned\u0007\r\nFAKE LINE")]);

        var text = await WriteAsync(5, csv: false);

        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("fine ]0;pwned FAKE LINE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AsCsv_QuotesCellsAndKeepsFormulasFromRunning()
    {
        store.Setup(s => s.TopUnansweredAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new QuestionCount("where, exactly, is \"the\" canteen", 4)]);
        store.Setup(s => s.FeedbackCommentsAsync(It.IsAny<int>(), It.IsAny<ReportPeriod>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new FeedbackComment(At, "who heads pd", "police-division", false, "=HYPERLINK(\"http://x\")")]);

        var lines = (await WriteAsync(5, csv: true)).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("list,users,helpful_users,unit,unit_id,question,comment,at", lines[0]);
        Assert.Equal("unanswered,4,,,,\"where, exactly, is \"\"the\"\" canteen\",,", lines[1]);
        Assert.Equal("comment_not_helpful,,,Police Division (PD),police-division,who heads pd,\"'=HYPERLINK(\"\"http://x\"\")\",2026-11-03T09:30:00Z", lines[2]);
    }

    private async Task<string> WriteAsync(int count, bool csv)
    {
        using var output = new StringWriter();
        await new FeedbackReport(store.Object, Directory).WriteAsync(output, count, ReportPeriod.All, csv, CancellationToken.None);
        return output.ToString();
    }
}
