using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;

namespace OrientationBot.Knowledge.Tests.Answers;

/// <summary>Between the two thresholds the bot answers, says it is not sure, and offers the runners-up.</summary>
public sealed class TentativeAnswerTests
{
    private const string Question = "who helps countries get their prisons and courts working again";

    [Fact]
    public void Ask_BeliefBetweenTheThresholds_AnswersTentativelyWithRunnersUp()
    {
        var answerer = With(RankingModel.Default.With(threshold: 1, tentativeThreshold: 0));

        var answer = Assert.IsType<UnitAnswer>(answerer.Ask(Question));

        Assert.True(answer.Tentative);
        Assert.NotEmpty(answer.Alternatives);
        Assert.StartsWith(AnswerText.NotSure, AnswerText.Format(answer, KnowledgeFixture.Directory), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BeliefAboveThePlainThreshold_AnswersPlainly()
    {
        var answerer = With(RankingModel.Default.With(threshold: 0, tentativeThreshold: 0));

        var answer = answerer.Ask(Question);

        Assert.True(answer.Answered);
        Assert.False(answer.Tentative);
        Assert.DoesNotContain(AnswerText.NotSure, AnswerText.Format(answer, KnowledgeFixture.Directory), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BeliefBelowBothThresholds_Declines()
    {
        var answerer = With(RankingModel.Default.With(threshold: 1, tentativeThreshold: 1));

        Assert.IsType<NoAnswer>(answerer.Ask(Question));
    }

    private static Answerer With(RankingModel model) =>
        new(KnowledgeFixture.Directory, AnswererFixture.Index, new AnswerOptions { Model = model });
}
