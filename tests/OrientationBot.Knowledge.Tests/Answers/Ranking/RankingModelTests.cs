using OrientationBot.Knowledge.Answers.Ranking;

namespace OrientationBot.Knowledge.Tests.Answers.Ranking;

public sealed class RankingModelTests
{
    [Fact]
    public void ShippedModel_WasFittedAndAnswersOnlyAboveAnEvenChance()
    {
        var model = RankingModel.Default;

        Assert.Equal(RankingFeature.Names.Count, model.RankWeights.Count);
        Assert.Equal(DecisionFeature.Names.Count, model.DecisionWeights.Count);
        Assert.InRange(model.Threshold, 0.5, 0.95);
        Assert.InRange(model.TentativeThreshold, 0.05, model.Threshold);
        Assert.Equal(1, model.RankWeights[RankingFeature.Identity]);
    }

    [Fact]
    public void ToJson_ThenParse_GivesTheSameModel()
    {
        var model = new RankingModel([1, 0.5, 0.25, 0.25, 0.3, 0.4, 0, -0.1, 0.1], [1, 2, 3, 4, 5, 6, -1, -2, -3, 0.5, -1.5, -0.5, 1, 0.2, 0.3, -0.2, -0.7], -2.5, 0.6, 0.45);

        var json = model.ToJson("a test: + and ` stay readable");
        var read = RankingModel.Parse(json);

        Assert.Equal(model.RankWeights, read.RankWeights);
        Assert.Equal(model.DecisionWeights, read.DecisionWeights);
        Assert.Equal(model.DecisionBias, read.DecisionBias);
        Assert.Equal(model.Threshold, read.Threshold);
        Assert.Equal(0.45, read.TentativeThreshold);
        Assert.Contains("a test: + and ` stay readable", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AFileMissingAFeature_SaysWhich()
    {
        var json = RankingModel.Default.ToJson("test").Replace("\"phrase\":", "\"phrasing\":", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => RankingModel.Parse(json));

        Assert.Contains("phrasing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AWeightThatIsNoNumber_SaysWhere()
    {
        var json = RankingModel.Default.ToJson("test").Replace("\"threshold\":", "\"threshold\": \"high\", \"was\":", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => RankingModel.Parse(json));

        Assert.Contains("decision.threshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreAndBelief_WeighTheFeatures()
    {
        var model = new RankingModel([1, 2, 0, 0, 0, 0, 0, 0, 0], [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], -2, 0.5);
        double[] named = [0.5, 1, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(2.5, model.Score(named), 6);
        Assert.Equal(0.5, model.Belief([0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 6);
        Assert.True(model.Belief([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) > model.Belief([0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public void TentativeThreshold_IsNeverAboveThePlainOne()
    {
        var model = RankingModel.Default.With(threshold: 0.5, tentativeThreshold: 0.7);

        Assert.Equal(0.5, model.TentativeThreshold);
    }
}
