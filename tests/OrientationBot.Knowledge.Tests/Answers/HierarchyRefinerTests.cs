using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers;

/// <summary>The refiner's rules on hand-made rankings over the real directory, so each rule is seen on its own.</summary>
public sealed class HierarchyRefinerTests
{
    private const string Orolsi = "office-of-rule-of-law-and-security-institutions";
    private const string Jcs = "justice-and-corrections-service";
    private const string Its = "integrated-training-service";
    private const string PoliceDivision = "police-division";
    private const string PolicySection = "strategic-policy-and-development-section";

    private static readonly HierarchyRefiner Refiner = new(KnowledgeFixture.Directory, new DirectoryLookup(KnowledgeFixture.Directory));

    private static readonly QueryAnalyser Analyser = new(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);

    [Theory]
    [InlineData("who helps countries with their prisons", QuestionIntent.WhoHandles)]
    [InlineData("which office helps countries with their prisons", QuestionIntent.WhoHandles)]
    [InlineData("what happens to prisons after a conflict", QuestionIntent.About)]
    public void Refine_UnnamedParentWonOnItsSummaryOfEverythingUnderIt_GivesWayToACloseDescendant(string question, QuestionIntent intent)
    {
        var refined = Refiner.Refine(Analyser.Analyse(question), intent, [Candidate(Orolsi, 1.0), Candidate(Its, 0.9), Candidate(Jcs, 0.7)]);

        Assert.Equal(Jcs, refined[0].Document.Key);
        Assert.Equal(Orolsi, refined[1].Document.Key);
    }

    [Fact]
    public void Refine_DescendantFarBehind_KeepsTheParent()
    {
        var refined = Refiner.Refine(Analyser.Analyse("who helps countries with their prisons"), QuestionIntent.WhoHandles,
            [Candidate(Orolsi, 1.0), Candidate(Jcs, 0.5)]);

        Assert.Equal(Orolsi, refined[0].Document.Key);
    }

    [Theory]
    [InlineData("what does the rule of law office do for prisons", QuestionIntent.About)]
    [InlineData("who helps countries with their prisons", QuestionIntent.Person)]
    public void Refine_ParentNamedOrAPersonAsked_KeepsTheParent(string question, QuestionIntent intent)
    {
        var refined = Refiner.Refine(Analyser.Analyse(question), intent, [Candidate(Orolsi, 1.0), Candidate(Jcs, 0.7)]);

        Assert.Equal(Orolsi, refined[0].Document.Key);
    }

    [Fact]
    public void Refine_WhoQuestionACloseDescendantAnswersInOneSentence_GivesTheDescendant()
    {
        var refined = Refiner.Refine(Analyser.Analyse("new in PD, who drafts the guidance"), QuestionIntent.WhoHandles,
            [Candidate(PoliceDivision, 1.0, focus: 0.5, named: 1), Candidate(PolicySection, 0.75, focus: 0.8)]);

        Assert.Equal(PolicySection, refined[0].Document.Key);
    }

    [Theory]
    [InlineData(QuestionIntent.About, 0.75, 0.8)]
    [InlineData(QuestionIntent.WhoHandles, 0.6, 0.8)]
    [InlineData(QuestionIntent.WhoHandles, 0.75, 0.55)]
    public void Refine_DescendantNotCloseOrNotClearlyMoreFocused_KeepsTheNamedUnit(QuestionIntent intent, double score, double focus)
    {
        var refined = Refiner.Refine(Analyser.Analyse("new in PD, who drafts the guidance"), intent,
            [Candidate(PoliceDivision, 1.0, focus: 0.5, named: 1), Candidate(PolicySection, score, focus)]);

        Assert.Equal(PoliceDivision, refined[0].Document.Key);
    }

    private static RankedCandidate Candidate(string unitId, double score, double focus = 0.8, double named = 0) =>
        new(AnswererFixture.Index.Documents.Single(d => d.Kind == DocumentKind.Unit && d.Key == unitId), score, focus, named, named, focus);
}
