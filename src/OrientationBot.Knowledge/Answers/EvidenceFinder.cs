using System.Runtime.CompilerServices;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The sentence of a unit's description that best shows why it answers the question, when the summary does
/// not already: "who looks after quick impact projects?" → "The Team also develops and updates guidance on
/// quick impact projects (QIPs), …". The guide's own words, never a paraphrase.
/// </summary>
public static class EvidenceFinder
{
    private const int MaxLength = 400;

    // A unit's text never changes, so its sentences are split and stemmed once, not for every question.
    private static readonly ConditionalWeakTable<Unit, UnitText> Prepared = [];

    public static string? Find(Unit unit, AnalysedQuery query)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(query);
        var text = Prepared.GetValue(unit, UnitText.Of);
        var wanted = query.StemSet.Where(s => !text.NameStems.Contains(s)).ToHashSet(StringComparer.Ordinal);
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

    private static int Covered(HashSet<string> stems, HashSet<string> wanted) => wanted.Count(stems.Contains);

    private sealed record Sentence(string Text, HashSet<string> Stems);

    /// <summary>The stems of a unit's name and summary, and its description's quotable sentences with theirs.</summary>
    private sealed record UnitText(HashSet<string> NameStems, HashSet<string> SummaryStems, IReadOnlyList<Sentence> Sentences)
    {
        public static UnitText Of(Unit unit) => new(
            Stems(unit.Name),
            Stems(unit.Summary),
            SentenceSplitter.Split(unit.Description.Replace("\n\n", " ", StringComparison.Ordinal))
                .Where(s => s.Length <= MaxLength && !unit.Summary.Contains(s, StringComparison.Ordinal))
                .Select(s => new Sentence(s.Trim(), Stems(s))).ToList());

        private static HashSet<string> Stems(string text) => TextTokens.ContentStems(text).ToHashSet(StringComparer.Ordinal);
    }
}
