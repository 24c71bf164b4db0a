using OrientationBot.Knowledge.Answers;

namespace OrientationBot.Knowledge.Tests.Answers;

public sealed class EvidenceFinderTests
{
    [Fact]
    public void Ask_TopicOutsideTheSummary_QuotesTheGuidesSentenceAboutIt()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("who looks after quick impact projects?"));

        Assert.Equal("Civil Affairs Team", answer.Unit.Name);
        Assert.NotNull(answer.Evidence);
        Assert.Contains("quick impact projects", answer.Evidence);
        Assert.Contains(answer.Evidence, answer.Unit.Description);
    }

    [Fact]
    public void Ask_SummaryAlreadyAnswers_AddsNoEvidence()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("what does the police division do"));

        Assert.Null(answer.Evidence);
    }
}
