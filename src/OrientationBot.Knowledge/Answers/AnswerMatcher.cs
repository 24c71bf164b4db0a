using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Where in an answer an expected label first appears: a unit by name, display name or acronym;
/// "glossary:ACR" by the entry's acronym; "guide:id" by the guide entry's id. Case is ignored.
/// </summary>
public sealed class AnswerMatcher(UnitDirectory directory)
{
    /// <summary>The 0-based rank of the first shown item that any expected label accepts, or null.</summary>
    public int? RankOf(Answer answer, IReadOnlyList<string> expected)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(expected);
        if (!answer.Answered)
            return null;
        if (answer is GlossaryAnswer glossary && expected.Any(e => Is(e, "glossary:" + glossary.Entry.Acronym)))
            return 0;
        if (answer is GuideAnswer guide && expected.Any(e => Is(e, "guide:" + guide.Entry.Id)))
            return 0;
        for (var i = 0; i < answer.Units.Count; i++)
        {
            if (expected.Any(e => Names(answer.Units[i], e)))
                return i;
        }
        return null;
    }

    private bool Names(Unit unit, string label) =>
        Is(label, unit.Name) || Is(label, directory.DisplayName(unit)) || unit.Acronyms.Any(a => Is(label, a));

    private static bool Is(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
