using Moq;
using OrientationBot.Conversations;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Conversations;

/// <summary>The `report` output: unanswered questions and not-helpful units, most frequent first, by name.</summary>
public sealed class FeedbackReportTests
{
    private static readonly UnitDirectory Directory = new(
        [new Unit { Id = "police-division", Name = "Police Division", Acronyms = ["PD"] }],
        [], [], [], "feedback@example.org", "hash");

    [Fact]
    public async Task Report_WithVotes_ListsQuestionsAndUnitsByName()
    {
        var store = new Mock<IBotStore>();
        store.Setup(s => s.TopUnansweredAsync(5, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new QuestionCount("where is the canteen", 7), new QuestionCount("parking", 2)]);
        store.Setup(s => s.TopNotHelpfulUnitsAsync(5, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new UnitFeedbackCount("police-division", 3, 1), new UnitFeedbackCount("gone-unit", 1, 0)]);
        using var output = new StringWriter();

        await new FeedbackReport(store.Object, Directory).WriteAsync(output, 5, CancellationToken.None);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Contains("       7  where is the canteen", lines);
        Assert.Contains("       3  Police Division (PD) (1 helpful)", lines);
        Assert.Contains(lines, l => l.Contains("gone-unit (no longer in the e-Guide)", StringComparison.Ordinal));
        Assert.True(Array.FindIndex(lines, l => l.Contains("canteen", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.Contains("parking", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_Empty_SaysNoneRecorded()
    {
        var store = new Mock<IBotStore>();
        store.Setup(s => s.TopUnansweredAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.TopNotHelpfulUnitsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        using var output = new StringWriter();

        await new FeedbackReport(store.Object, Directory).WriteAsync(output, FeedbackReport.DefaultCount, CancellationToken.None);

        Assert.Equal(2, output.ToString().Split("none recorded").Length - 1);
    }
}
