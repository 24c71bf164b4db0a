using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers;

/// <summary>The refiner's rules on hand-made rankings over the real directory, so each rule is seen on its own.</summary>
public sealed class HierarchyRefinerTests
{
    private const string Orolsi = "office-of-rule-of-law-and-security-institutions";
    private const string Jcs = "justice-and-corrections-service";
    private const string Its = "integrated-training-service";

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

    private static RankedCandidate Candidate(string unitId, double score) =>
        new(AnswererFixture.Index.Documents.Single(d => d.Kind == DocumentKind.Unit && d.Key == unitId), score, 0.8, 0, 0, 0.8);
}
