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

    /// <summary>A unit the guide only mentions in passing is answered with the guide's words that mention it.</summary>
    [Theory]
    [InlineData("which office liaises with the other UN pillars", "Peacebuilding Support Office", "central liaising entity")]
    [InlineData("where is the gender parity team", "Office of the Director for Coordination and Shared Services", "Gender Parity Team")]
    public void Ask_UnitDescribedOnlyInPassing_QuotesThePassage(string question, string unit, string quoted)
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask(question));

        Assert.Equal(unit, answer.Unit.Name);
        Assert.Contains(quoted, answer.Evidence);
    }
}
