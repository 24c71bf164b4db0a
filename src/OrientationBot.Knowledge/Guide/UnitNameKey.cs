using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// A unit name reduced to its significant words, so that the guide's spellings of one name meet:
/// "Policy Planning Team" = "Policy and Planning Team", "Strategic Force-Generation …" = "Strategic Force Generation …".
/// </summary>
internal static partial class UnitNameKey
{
    private static readonly HashSet<string> StopWords = ["and", "the", "of", "for", "on", "in", "a", "an"];

    // Names are looked up once per line of the guide against every unit: remember the keys already made.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Made = new();

    public static string From(string name) => Made.Count < 50_000 ? Made.GetOrAdd(name, Make) : Make(name);

    private static string Make(string name)
    {
        var text = name.ToLowerInvariant().Replace("united nations", "un");
        var words = Word().Matches(text).Select(m => m.Value).Where(w => !StopWords.Contains(w)).Select(Singular);
        return string.Join(' ', words);
    }

    /// <summary>"Partnerships" and "Partnership" are one name to the guide.</summary>
    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") ? word[..^1] : word;

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
