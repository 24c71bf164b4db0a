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

    public static string? Find(Unit unit, AnalysedQuery query)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.StemSet.Where(s => !NameStems(unit).Contains(s)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0 || Covered(unit.Summary, wanted) == wanted.Count)
            return null;
        string? best = null;
        var bestCovered = Covered(unit.Summary, wanted);
        foreach (var sentence in SentenceSplitter.Split(unit.Description.Replace("\n\n", " ", StringComparison.Ordinal)))
        {
            if (sentence.Length > MaxLength || unit.Summary.Contains(sentence, StringComparison.Ordinal))
                continue;
            var covered = Covered(sentence, wanted);
            if (covered > bestCovered)
                (best, bestCovered) = (sentence.Trim(), covered);
        }
        return best;
    }

    private static HashSet<string> NameStems(Unit unit) => TextTokens.ContentStems(unit.Name).ToHashSet(StringComparer.Ordinal);

    private static int Covered(string text, HashSet<string> wanted) =>
        TextTokens.ContentStems(text).Where(wanted.Contains).Distinct(StringComparer.Ordinal).Count();
}
