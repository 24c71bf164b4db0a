using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// Mends spaces the PDF extraction put inside words: "e -Guide" → "e-Guide", "initiative ." → "initiative.",
/// and split words ("Polic e", "impl ementation") that the document spells whole elsewhere.
/// </summary>
internal sealed partial class SpacingRule : ITextRepairRule
{
    public string Apply(string text, Vocabulary vocabulary)
    {
        text = SpaceBeforeHyphen().Replace(text, "-");
        text = SpaceBeforePunctuation().Replace(text, "");
        return SplitWord().Replace(text, m => JoinIfSplit(m, vocabulary));
    }

    /// <summary>
    /// The match is the left fragment and its space (the right one is only looked at, so every pair is tried).
    /// Joins two fragments when the joined word occurs in the document and one fragment is not itself a
    /// word the document uses more than once ("with in" stays: both are common words).
    /// </summary>
    private static string JoinIfSplit(Match m, Vocabulary vocabulary)
    {
        var left = m.Groups[1].Value;
        var right = m.Groups[2].Value;
        var fragment = Math.Min(vocabulary.Count(left), vocabulary.Count(right)) <= 1
            || right.Length == 1 && right != "a"; // a lone "s" is never a word of its own
        return fragment && vocabulary.Count(left + right) >= 1 ? left : m.Value;
    }

    [GeneratedRegex(@"(?<=[A-Za-z]) -(?=[A-Za-z])")]
    private static partial Regex SpaceBeforeHyphen();

    [GeneratedRegex(@"(?<=[A-Za-z)]) +(?=[,.;:](\s|$))", RegexOptions.Multiline)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"(?<![A-Za-z])([A-Za-z]{1,20}) (?=([a-z]{1,20})(?![A-Za-z]))")]
    private static partial Regex SplitWord();
}
