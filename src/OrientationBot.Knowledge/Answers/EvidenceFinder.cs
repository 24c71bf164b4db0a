using System.Collections.Concurrent;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The sentence of a unit's description that best shows why it answers the question, when the summary does
/// not already: "who looks after quick impact projects?" → "The Team also develops and updates guidance on
/// quick impact projects (QIPs), …". The guide's own words, never a paraphrase.
/// </summary>
public sealed class EvidenceFinder(UnitDirectory directory)
{
    private const int MaxLength = 400;

    /// <summary>
    /// The guide's passages about each unit beyond its own description: the clause that describes it in passing, the
    /// sentence that places a body inside it. Copied web pages are left out: the card quotes them as the e-Guide.
    /// </summary>
    private readonly ILookup<string, string> _passages = directory.Passages
        .Where(p => p.UnitId is not null && p.Section != Passage.WebSection).ToLookup(p => p.UnitId!, p => p.Text);

    // A unit's text never changes, so its sentences are split and stemmed once, not for every question.
    private readonly ConcurrentDictionary<string, UnitText> _prepared = new(StringComparer.Ordinal);

    /// <param name="unit">The unit answering.</param>
    /// <param name="query">The question.</param>
    /// <param name="fact">
    /// The kind of fact the question asks for: then the sentence must state one (a year, a figure, a place, who leads),
    /// and the card puts it first. None when the summary already states it; when no sentence does, as without a fact.
    /// </param>
    /// <param name="showWhy">Whether, without a fact, a sentence showing why the unit answers is wanted at all.</param>
    public string? Find(Unit unit, AnalysedQuery query, FactKind fact, bool showWhy)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(query);
        var text = _prepared.GetOrAdd(unit.Id, _ => UnitText.Of(unit, _passages[unit.Id]));
        var wanted = query.StemSet.Where(s => !text.NameStems.Contains(s)).ToHashSet(StringComparer.Ordinal);
        if (fact != FactKind.None)
        {
            var (_, inSummary) = BestStating(text.SummarySentences, wanted, fact);
            var (outside, covered) = BestStating(text.Sentences, wanted, fact);
            if (covered > inSummary)
                return outside;
            if (inSummary >= 0)
                return null; // the summary is shown whole: a quote would say the fact twice
        }
        return showWhy ? ShowingWhy(text, wanted) : null;
    }

    /// <summary>Whether any sentence of the unit's text (its summary included) states a fact of the kind.</summary>
    public bool States(Unit unit, FactKind fact)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var text = _prepared.GetOrAdd(unit.Id, _ => UnitText.Of(unit, _passages[unit.Id]));
        return text.SummarySentences.Concat(text.Sentences).Any(s => FactAsked.States(s.Text, fact));
    }

    private static string? ShowingWhy(UnitText text, HashSet<string> wanted)
    {
        var bestCovered = Covered(text.SummaryStems, wanted);
        if (wanted.Count == 0 || bestCovered == wanted.Count)
            return null;
        string? best = null;
        foreach (var sentence in text.Sentences)
        {
            var covered = Covered(sentence.Stems, wanted);
            if (covered > bestCovered)
                (best, bestCovered) = (sentence.Text, covered);
        }
        return best;
    }

    /// <summary>Of the sentences that state a fact of the kind, the one sharing most of the question's other words.</summary>
    private static (string? Text, int Covered) BestStating(IEnumerable<Sentence> sentences, HashSet<string> wanted, FactKind fact)
    {
        string? best = null;
        var bestCovered = -1;
        foreach (var sentence in sentences)
        {
            if (!FactAsked.States(sentence.Text, fact))
                continue;
            var covered = Covered(sentence.Stems, wanted);
            if (covered > bestCovered)
                (best, bestCovered) = (sentence.Text, covered);
        }
        return (best, bestCovered);
    }

    private static int Covered(HashSet<string> stems, HashSet<string> wanted) => wanted.Count(stems.Contains);

    private sealed record Sentence(string Text, HashSet<string> Stems);

    /// <summary>The stems of a unit's name and summary, the summary's sentences, and its description's and passages' other quotable sentences.</summary>
    private sealed record UnitText(HashSet<string> NameStems, HashSet<string> SummaryStems, IReadOnlyList<Sentence> SummarySentences,
        IReadOnlyList<Sentence> Sentences)
    {
        public static UnitText Of(Unit unit, IEnumerable<string> passages) => new(
            Stems(unit.Name),
            Stems(unit.Summary),
            SentenceSplitter.Split(unit.Summary).Where(s => s.Length <= MaxLength).Select(s => new Sentence(s.Trim(), Stems(s))).ToList(),
            SentenceSplitter.Split(unit.Description.Replace("\n\n", " ", StringComparison.Ordinal))
                .Concat(passages.Where(p => !unit.Description.Contains(p, StringComparison.Ordinal)).SelectMany(SentenceSplitter.Split))
                .Where(s => s.Length <= MaxLength && !unit.Summary.Contains(s, StringComparison.Ordinal))
                .Select(s => new Sentence(s.Trim(), Stems(s))).ToList());

        private static HashSet<string> Stems(string text) => TextTokens.ContentStems(text).ToHashSet(StringComparer.Ordinal);
    }
}
