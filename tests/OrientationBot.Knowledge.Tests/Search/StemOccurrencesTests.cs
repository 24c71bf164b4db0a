using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Tests.Answers;

namespace OrientationBot.Knowledge.Tests.Search;

/// <summary>The ranker's precomputed occurrences must answer exactly as the documents' own sets do.</summary>
public sealed class StemOccurrencesTests
{
    private static readonly IReadOnlyList<IndexDocument> Documents = AnswererFixture.Index.Documents;

    private static readonly StemOccurrences Occurrences = new(Documents);

    [Fact]
    public void PresenceIn_EveryTermOfTheSet_AgreesWithIsInAndIdentityInForEveryDocument()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);
        var terms = AnswererFixture.Questions.SelectMany(q => analyser.Analyse(q.Question).Terms).ToList();
        Assert.Contains(terms, t => t.AcronymKey is not null);
        Assert.Contains(terms, t => t.Abbreviations.Count > 0);

        foreach (var term in terms)
        {
            var presence = term.PresenceIn(Occurrences);
            for (var number = 0; number < Documents.Count; number++)
            {
                Assert.Equal(term.IsIn(Documents[number]), presence.IsIn(number));
                Assert.Equal(term.IdentityIn(Documents[number]), presence.IdentityIn(number));
            }
        }
    }

    [Fact]
    public void SentencesIn_EveryBodyStem_IsTheDocumentsOwnSentences()
    {
        for (var number = 0; number < Documents.Count; number++)
        {
            Assert.Equal(number, Occurrences.NumberOf(Documents[number]));
            foreach (var (stem, sentences) in Documents[number].SentencesByStem)
                Assert.Same(sentences, Occurrences.Of(stem).SentencesIn(number));
            Assert.Null(Occurrences.Of("zzzqqq").SentencesIn(number));
        }
    }

    [Fact]
    public void WithStemPair_EveryPair_HoldsExactlyTheDocumentsThatHaveIt()
    {
        foreach (var pair in Documents.SelectMany(d => d.StemPairs).Distinct())
        {
            var holders = Occurrences.WithStemPair(pair);
            for (var number = 0; number < Documents.Count; number++)
                Assert.Equal(Documents[number].StemPairs.Contains(pair), holders.Contains(number));
        }
    }

    [Fact]
    public void DocumentSet_UnionAndIntersect_CombineByDocument()
    {
        var low = DocumentSet.Of(130, [1, 64, 70]);
        var high = DocumentSet.Of(130, [64, 129]);

        var union = low.Union(high);
        var both = low.Intersect(high);

        Assert.Equal([1, 64, 70, 129], Enumerable.Range(0, 130).Where(union.Contains));
        Assert.Equal([64], Enumerable.Range(0, 130).Where(both.Contains));
        Assert.Same(low, low.Union(DocumentSet.Empty(130)));
        Assert.True(low.Intersect(DocumentSet.Empty(130)).IsEmpty);
    }
}
