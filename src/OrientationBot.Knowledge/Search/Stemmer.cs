namespace OrientationBot.Knowledge.Search;

/// <summary>
/// A light suffix stemmer (plurals, -ing, -ed, -ation, -ment(al), -ly, -ify/-ification, -iness, -ator, -ution/-utor,
/// British -ise), applied alike to the indexed text and to questions, so "coordinating", "coordinates", "coordination"
/// and "coordinator" meet in one term, as do "environment" and "environmental", "verify" and "verification", "ready"
/// and "readiness", "contributing" and "contributors".
/// </summary>
/// <remarks>
/// Chosen over FTS5's porter tokenizer because the spelling corrector and the coverage measures need
/// the very same stems in C#; the rules follow Porter's steps 1a, 1b and 5 with a few of step 2.
/// </remarks>
public static class Stemmer
{
    private static readonly (string Suffix, string Replacement)[] Derivational =
    [
        ("ification", "if"), ("ified", "if"), ("ify", "if"), ("iness", "y"), ("ator", "ate"), ("ution", "ut"), ("utor", "ut"),
        ("izations", "ize"), ("ization", "ize"), ("ational", "ate"), ("ations", "ate"), ("ation", "ate"),
        ("mentally", ""), ("mental", ""), ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""),
    ];

    /// <summary>"Northern Africa Division" is asked for as "north africa".</summary>
    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal) { "northern", "southern", "eastern", "western" };

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
            return word;
        if (Compass.Contains(word))
            return word[..^3];
        var w = BritishToAmerican(word);
        w = Plural(w);
        foreach (var (suffix, replacement) in Derivational)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                if (suffix == "ly" && w.EndsWith("ply", StringComparison.Ordinal))
                    break; // "supply", "apply", "comply" are no adverbs
                w = w[..^suffix.Length] + replacement;
                if (replacement.Length == 0)
                    w = UndoubleConsonant(w);
                break;
            }
        }
        if (w.Length > 4 && w[^1] == 'e')
            w = w[..^1];
        return w;
    }

    private static string BritishToAmerican(string w)
    {
        foreach (var ending in (ReadOnlySpan<string>)["isations", "isation", "ising", "ised", "ises", "ise"])
        {
            if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal))
                return string.Concat(w.AsSpan(0, w.Length - ending.Length), "iz", ending.AsSpan(2));
        }
        return w;
    }

    private static string Plural(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
            return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
            return w[..^2];
        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    private static string UndoubleConsonant(string w)
    {
        if (w.Length >= 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'a' or 'e' or 'i' or 'o' or 'u'))
            return w[..^1];
        return w;
    }
}
