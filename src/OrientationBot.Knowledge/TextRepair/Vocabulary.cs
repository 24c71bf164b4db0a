using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// The words of the document's clean (ungarbled) text with their counts. Repairs use it to settle the
/// few ambiguous cases by evidence from the same document instead of by a list of phrases.
/// </summary>
internal sealed partial class Vocabulary
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public Vocabulary(string text)
    {
        foreach (Match token in Token().Matches(text))
        {
            if (GarbledAlphabet.IsClean(token.Value))
            {
                foreach (Match word in Word().Matches(token.Value))
                    _counts[word.Value] = _counts.GetValueOrDefault(word.Value) + 1;
            }
        }
    }

    public int Count(string word) => _counts.GetValueOrDefault(word);

    public bool Contains(string word) => _counts.ContainsKey(word);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
