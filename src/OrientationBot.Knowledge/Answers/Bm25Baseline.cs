using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The evaluation's yardstick: plain Lucene.Net BM25 over the same index, with no acronym expansion, no spelling
/// correction, no intent and no structure. It declines only when no document shares a word with the question.
/// </summary>
public sealed class Bm25Baseline(UnitDirectory directory, IUnitIndex index) : IAnswerer
{
    public Answer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var stems = TextTokens.Words(question).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var hits = index.Search(stems, 3);
        if (hits.Count == 0)
            return new NoAnswer(question, [], directory.FeedbackEmail);
        var top = hits[0].Document;
        return top.Kind switch
        {
            DocumentKind.Guide => new GuideAnswer(question, QuestionIntent.About, directory.GuideEntries.First(g => g.Id == top.Key), 1),
            DocumentKind.Glossary => new GlossaryAnswer(question, directory.Glossary.First(g => g.Acronym == top.Key), null),
            _ => Unit(question, hits),
        };
    }

    private UnitAnswer Unit(string question, IReadOnlyList<SearchHit> hits)
    {
        var units = hits.Where(h => h.Document.Kind == DocumentKind.Unit).Select(h => directory.Find(h.Document.Key)!).ToList();
        return new UnitAnswer(question, QuestionIntent.About, units[0], 1, units[1..], directory.NearestContact(units[0]));
    }
}
