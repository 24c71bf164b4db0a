using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers.Ranking;

public sealed class IntentModelTests
{
    [Fact]
    public void Features_SkipTheGreetingAndNameWordsPairsEndsAndCues()
    {
        var features = IntentModel.Features(QueryNormaliser.Normalise("Hi, where does the americas division sit?"));

        Assert.Contains("^:where", features);
        Assert.Contains("^^:where does", features);
        Assert.Contains("$:sit", features);
        Assert.Contains("b:division sit", features);
        Assert.Contains("cue:location", features);
        Assert.DoesNotContain("w:hi", features);
    }

    [Fact]
    public void Fit_LearnsAPhrasingTheHandWrittenCuesDoNotKnow()
    {
        // "report into" is in no cue; three questions that use it for the parent are enough to learn it.
        (string, QuestionIntent)[] examples =
        [
            ("what office does the evaluation team report into", QuestionIntent.Parent),
            ("which division does the gender unit report into", QuestionIntent.Parent),
            ("the police division reports into which office", QuestionIntent.Parent),
            ("what does the evaluation team do", QuestionIntent.About),
            ("what does the gender unit do", QuestionIntent.About),
            ("tell me about the police division", QuestionIntent.About),
            ("who handles elections", QuestionIntent.WhoHandles),
            ("who looks after quick impact projects", QuestionIntent.WhoHandles),
        ];

        var model = IntentFitter.Fit(examples);

        Assert.Equal(QuestionIntent.Parent, model.Predict("what office does the mediation support unit report into"));
        Assert.Equal(QuestionIntent.About, model.Predict("what does the mediation support unit do"));
    }

    [Fact]
    public void ShippedModel_ReadsTheTuningSetsLabelledIntents()
    {
        var labelled = AnswererFixture.Questions
            .Select(q => (Normalised: QueryNormaliser.Normalise(q.Question), Intent: IntentFitter.Label(q.Kind)))
            .Where(e => e.Intent is not null && !IntentDetector.AsksForMeaning(e.Normalised)).ToList();

        var right = labelled.Count(e => IntentModel.Default.Predict(e.Normalised) == e.Intent);

        Assert.True(right >= 0.95 * labelled.Count, $"{right} of {labelled.Count}");
    }

    [Fact]
    public void ToJson_ThenParse_GivesTheSameModel()
    {
        var json = IntentModel.Default.ToJson("test");
        var read = IntentModel.Parse(json);

        Assert.Equal(IntentModel.Default.Bias, read.Bias);
        Assert.Equal(IntentModel.Default.Weights.Count, read.Weights.Count);
        Assert.Equal(IntentModel.Default.Predict("which office is unmas under"), read.Predict("which office is unmas under"));
    }

    [Fact]
    public void Parse_IntentsInAnotherOrder_AreRefused()
    {
        var json = IntentModel.Default.ToJson("test").Replace("\"About\",\"WhoHandles\"", "\"WhoHandles\",\"About\"", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => IntentModel.Parse(json));

        Assert.Contains("WhoHandles, About", error.Message, StringComparison.Ordinal);
    }
}
