using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Tests.Answers;

namespace OrientationBot.Knowledge.Tests.Search;

public sealed class LuceneUnitIndexTests
{
    private static LuceneUnitIndex Index => AnswererFixture.Index;

    [Fact]
    public void Build_RealDirectory_IndexesEveryUnitAndNoLinkCollection()
    {
        var units = Index.Documents.Where(d => d.Kind == DocumentKind.Unit).Select(d => d.Key).ToHashSet();

        Assert.Equal(KnowledgeFixture.Directory.Units.Select(u => u.Id).ToHashSet(), units);
        Assert.DoesNotContain(Index.Documents, d => d.Key.StartsWith("links-", StringComparison.Ordinal) || d.Key.StartsWith("web-", StringComparison.Ordinal));
        Assert.Contains(Index.Documents, d => d.Kind == DocumentKind.Guide && d.Key == "staff-directories");
    }

    /// <summary>The kept one-stem scores add up to exactly what Lucene's one query for the whole question ranks.</summary>
    [Fact]
    public void Search_KeptStemScores_RankAsOneLuceneQueryDoes()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, Index.Vocabulary);

        foreach (var question in AnswererFixture.Questions)
        {
            var stems = analyser.Analyse(question.Question).SearchStems;

            var kept = Index.Search(stems, 40);
            var lucene = Index.SearchWithOneQuery(stems, 40);

            Assert.Equal(lucene.Count, kept.Count);
            for (var i = 0; i < kept.Count; i++)
            {
                Assert.Equal(lucene[i].Score, kept[i].Score, 4);
                // Equal scores may sum in another order: a tie is the only place the two may list documents differently.
                if (lucene[i].Document != kept[i].Document)
                    Assert.Equal(lucene[i].Score, lucene.Single(h => h.Document == kept[i].Document).Score, 4);
            }
        }
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

    /// <summary>Equal scores come back in document order, so a ranking never depends on Lucene's internals.</summary>
    [Fact]
    public void Search_EveryQuestionOfTheSet_BestFirstTiesInDocumentOrder()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, Index.Vocabulary);
        var positions = Index.Documents.Select((d, i) => (d, i)).ToDictionary(p => (p.d.Kind, p.d.Key), p => p.i);
        foreach (var question in AnswererFixture.Questions)
        {
            var hits = Index.Search(analyser.Analyse(question.Question).SearchStems, 40);

            for (var i = 1; i < hits.Count; i++)
            {
                Assert.True(hits[i - 1].Score >= hits[i].Score);
                if (hits[i - 1].Score == hits[i].Score)
                    Assert.True(positions[(hits[i - 1].Document.Kind, hits[i - 1].Document.Key)] < positions[(hits[i].Document.Kind, hits[i].Document.Key)]);
            }
        }
    }

    /// <summary>One searcher serves every conversation at once.</summary>
    [Fact]
    public void Search_ConcurrentQuestions_RankAsOneAtATime()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, Index.Vocabulary);
        var stems = AnswererFixture.Questions.Select(q => analyser.Analyse(q.Question).SearchStems).ToList();
        var alone = stems.Select(s => Keys(Index.Search(s, 10))).ToList();

        var together = new string[stems.Count][];
        Parallel.For(0, stems.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => together[i % stems.Count] = Keys(Index.Search(stems[i % stems.Count], 10)));

        for (var i = 0; i < stems.Count; i++)
            Assert.Equal(alone[i], together[i]);
    }

    [Fact]
    public void Search_AccentedStem_MatchesAsFolded()
    {
        Assert.Equal(Keys(Index.Search(["procur"], 5)), Keys(Index.Search(["procür"], 5)));
    }

    private static string[] Keys(IReadOnlyList<SearchHit> hits) => [.. hits.Select(h => h.Document.Key)];

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
