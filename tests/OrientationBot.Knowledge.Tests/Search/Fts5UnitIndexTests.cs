using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Tests.Answers;

namespace OrientationBot.Knowledge.Tests.Search;

public sealed class Fts5UnitIndexTests
{
    private static Fts5UnitIndex Index => AnswererFixture.Index;

    [Fact]
    public void Build_RealDirectory_IndexesEveryUnitAndNoLinkCollection()
    {
        var units = Index.Documents.Where(d => d.Kind == DocumentKind.Unit).Select(d => d.Key).ToHashSet();

        Assert.Equal(KnowledgeFixture.Directory.Units.Select(u => u.Id).ToHashSet(), units);
        Assert.DoesNotContain(Index.Documents, d => d.Key.StartsWith("links-", StringComparison.Ordinal) || d.Key.StartsWith("web-", StringComparison.Ordinal));
        Assert.Contains(Index.Documents, d => d.Kind == DocumentKind.Guide && d.Key == "staff-directories");
    }

    [Fact]
    public void Search_NameWords_RanksTheNamedUnitFirstEvenWithoutDescription()
    {
        var hits = Index.Search(["procur", "division"], 5);

        Assert.Equal("procurement-division", hits[0].Document.Key);
    }

    [Fact]
    public void Search_Acronym_FindsTheUnit()
    {
        var hits = Index.Search(["scad"], 3);

        Assert.Equal("security-council-affairs-division", hits[0].Document.Key);
    }

    /// <summary>Summing each stem's postings must rank exactly as FTS5 ranks the whole OR query.</summary>
    [Fact]
    public void Search_EveryQuestionOfTheSet_ScoresAsTheSingleOrQuery()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, Index.Vocabulary);
        foreach (var question in AnswererFixture.Questions)
        {
            var stems = analyser.Analyse(question.Question).SearchStems;

            var summed = Index.Search(stems, 40);
            var single = Index.SearchWithOrQuery(stems, 40);

            Assert.Equal(single.Count, summed.Count);
            for (var i = 0; i < single.Count; i++)
            {
                Assert.Equal(single[i].Score, summed[i].Score, 9);
                Assert.Equal(single[i].Document.Key, summed[i].Document.Key);
            }
        }
    }

    [Fact]
    public void Search_NothingKnown_ReturnsNothing()
    {
        Assert.Empty(Index.Search(["zzzqqq"], 5));
        Assert.Empty(Index.Search([], 5));
    }

    [Fact]
    public void Document_ChildOfNamedAncestor_CarriesTheAncestorAsContext()
    {
        var spc = Index.Documents.Single(d => d.Key == "standing-police-capacity");

        Assert.Contains("pd", spc.ContextStems);
        Assert.Contains("orolsi", spc.ContextStems);
    }
}
