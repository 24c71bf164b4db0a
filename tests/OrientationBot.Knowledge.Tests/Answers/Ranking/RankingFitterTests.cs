using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;

namespace OrientationBot.Knowledge.Tests.Answers.Ranking;

/// <summary>The fitter on the real index and a slice of the tuning set: what it fits must do at least as well as where it started.</summary>
public sealed class RankingFitterTests
{
    private static readonly IReadOnlyList<EvaluationQuestion> Slice = [.. AnswererFixture.Questions.Where((_, i) => i % 4 == 0)];

    [Fact]
    public void Fit_FromWorseWeights_RaisesTheMeanReciprocalRank()
    {
        var fitter = new RankingFitter(KnowledgeFixture.Directory, AnswererFixture.Index, IntentModel.Default);
        // Search score and phrases count against a candidate: the ranking prefers what matches the question least.
        var start = RankingModel.Default.With(rankWeights: [1, 0, 0, 0, -0.5, -0.5, 0, 0, 0]);
        var log = new List<string>();

        var fitted = fitter.Fit(start, Slice, log.Add);

        Assert.True(fitter.Mrr(fitted, Slice) > fitter.Mrr(start, Slice), string.Join("\n", log));
        Assert.Contains(log, line => line.StartsWith("decision:", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_DecidesToAnswerMoreRightAnswersThanWrongOnes()
    {
        var fitter = new RankingFitter(KnowledgeFixture.Directory, AnswererFixture.Index, IntentModel.Default);

        var fitted = fitter.Fit(RankingModel.Default, Slice, _ => { });
        var result = new Evaluator(KnowledgeFixture.Directory).Run("fitted", new Answerer(KnowledgeFixture.Directory, AnswererFixture.Index,
            new AnswerOptions { Model = fitted }), Slice);

        Assert.InRange(fitted.Threshold, 0.05, 0.95);
        Assert.True(result.DeclinedShare > 0.5, $"declined {result.DeclinedShare:P0} of the unanswerable");
        Assert.True(result.Top1Share > 0.9, $"top-1 {result.Top1Share:P0}");
    }
}
