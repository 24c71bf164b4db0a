using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Finds the acronyms a text defines in the form "long form (ACRONYM)". The long form is chosen with the
/// Schwartz–Hearst rule (the acronym's letters, right to left, inside the shortest run of preceding words,
/// the first letter at a word start); where the guide reorders words ("Policy, Evaluation and Training
/// Division (DPET)"), a window whose word initials are exactly the acronym's letters is accepted.
/// </summary>
internal static partial class AcronymFinder
{
    public sealed record Definition(string Acronym, string LongForm, int Position);

    public static IEnumerable<Definition> Find(string text)
    {
        foreach (Match m in Parenthesised().Matches(text))
        {
            var acronym = m.Groups["acr"].Value;
            var longForm = LetterReadings(acronym).Select(letters => LongForm(text, m.Index, letters)).FirstOrDefault(f => f is not null)
                ?? NumberedLongForm(text, m.Index, acronym);
            if (longForm is not null)
                yield return new Definition(acronym, longForm, m.Index);
        }
    }

    /// <summary>
    /// "Special Committee on Peacekeeping (C-34)": a letter and a number name a body by its title, so the long form is
    /// the capitalised title right before the brackets (small words allowed inside) that has a word on the letter.
    /// </summary>
    private static string? NumberedLongForm(string text, int position, string acronym)
    {
        if (!NumberedAcronym().IsMatch(acronym))
            return null;
        var words = WordsBefore(text, position, 8);
        var start = words.Count;
        while (start > 0 && (char.IsUpper(words[start - 1][0]) || (IsStopWord(words[start - 1]) && start < words.Count)))
            start--;
        while (start < words.Count && IsStopWord(words[start]))
            start++;
        var title = words[start..];
        return title.Count >= 2 && title.Any(w => w[0] == acronym[0]) ? string.Join(' ', title).Trim(' ', ',') : null;
    }

    private static string? LongForm(string text, int position, string letters)
    {
        if (letters.Length < 2 || letters.Count(char.IsUpper) < 2)
            return null;
        var words = WordsBefore(text, position, letters.Length + 5);
        return InitialsInOrder(letters, words) ?? SchwartzHearst(letters, words) ?? SameInitials(letters, words);
    }

    /// <summary>
    /// The letters that may have to be found in the long form, likeliest first: all of them ("OSRSG-SVC"),
    /// the part before a hyphen ("OUSG-DPO": the office, qualified by its department), and without a
    /// leading "UN" that the text leaves implicit ("Department of Safety and Security (UNDSS)").
    /// "T/PCCs" reads "TPCC", "A4P" reads "AP".
    /// </summary>
    private static IEnumerable<string> LetterReadings(string acronym)
    {
        var whole = Letters(acronym.Replace("-", "", StringComparison.Ordinal));
        yield return whole;
        if (acronym.Contains('-'))
            yield return Letters(acronym.Split('-')[0]);
        if (whole.StartsWith("UN", StringComparison.Ordinal) && whole.Length > 3)
            yield return whole[2..];
    }

    private static string Letters(string acronym)
    {
        if (acronym.Length > 2 && acronym.EndsWith('s') && char.IsUpper(acronym[^2]))
            acronym = acronym[..^1];
        return new string(acronym.Where(char.IsLetter).ToArray());
    }

    private static List<string> WordsBefore(string text, int end, int max)
    {
        // The long form sits right before the brackets: a few hundred characters are plenty.
        var start = Math.Max(0, end - 400);
        var before = text[start..end];
        var cut = before.LastIndexOfAny(['(', ')', ';', ':', '.', '\u201C', '\u201D']);
        // A full stop inside "e.g." or "U.N." is rare here; sentence punctuation ends the candidate span.
        if (cut >= 0)
            before = before[(cut + 1)..];
        var words = Word().Matches(before).Select(w => w.Value).ToList();
        return words.Count > max ? words[^max..] : words;
    }

    private static string? SchwartzHearst(string letters, List<string> words)
    {
        var longForm = string.Join(' ', words);
        var s = letters.Length - 1;
        var l = longForm.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(letters[s]);
            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1]))))
                l--;
            if (l < 0)
                return null;
            l--;
            s--;
        }
        var start = longForm.LastIndexOf(' ', Math.Max(l, 0)) + 1;
        if (l < 0)
            start = 0;
        var result = longForm[start..].Trim(' ', ',');
        // "… Office of the Director … (ODCSS)": the match stopped at "of"; the word before it carries the letter.
        var firstWord = result.Split(' ')[0];
        if (IsStopWord(firstWord) && start > 1)
        {
            var previous = longForm[..(start - 1)].Split(' ')[^1];
            if (previous.Length > 0 && char.ToLowerInvariant(previous[0]) == char.ToLowerInvariant(firstWord[0]))
                result = previous + " " + result;
        }
        // A long form needs at least as many significant words as half the acronym's letters.
        var significant = UnitNameKey.From(result).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return significant * 2 >= letters.Length ? result : null;
    }

    /// <summary>
    /// The plainest reading first: each letter is the initial of a word (or hyphenated part), in order, and
    /// only small words may go without a letter ("disarmament, demobilization and reintegration (DDR)").
    /// </summary>
    private static string? InitialsInOrder(string letters, List<string> words)
    {
        for (var take = 1; take <= words.Count; take++)
        {
            var window = words[^take..];
            var parts = window.SelectMany(w => w.Split('-', '/')).Where(p => p.Length > 0).ToList();
            if (Matches(letters.ToUpperInvariant(), 0, parts, 0))
                return string.Join(' ', window).Trim(' ', ',');
        }
        return null;
    }

    private static bool Matches(string letters, int l, List<string> parts, int p)
    {
        if (p == parts.Count)
            return l == letters.Length;
        var part = parts[p];
        if (p == 0 && IsStopWord(part))
            return false; // a long form does not start with "of" or "the"
        var initial = char.ToUpperInvariant(part[0]);
        // An all-capitals part such as "UN" may give all its letters.
        if (part.Length > 1 && part.All(char.IsUpper) && l + part.Length <= letters.Length
            && letters.AsSpan(l, part.Length).SequenceEqual(part) && Matches(letters, l + part.Length, parts, p + 1))
            return true;
        if (l < letters.Length && initial == letters[l] && Matches(letters, l + 1, parts, p + 1))
            return true;
        return p > 0 && IsStopWord(part) && Matches(letters, l, parts, p + 1);
    }

    private static string? SameInitials(string letters, List<string> words)
    {
        var target = string.Concat(letters.ToUpperInvariant().Order());
        for (var take = 1; take <= words.Count; take++)
        {
            var window = words[^take..];
            var initials = string.Concat(window.Where(w => !IsStopWord(w)).Select(w => char.ToUpperInvariant(w[0])).Order());
            if (initials == target)
                return string.Join(' ', window).Trim(' ', ',');
        }
        return null;
    }

    private static bool IsStopWord(string word) => UnitNameKey.From(word).Length == 0;

    [GeneratedRegex(@"\((?<acr>[A-Z][A-Za-z0-9/&\-]{1,14})\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^[A-Z]{1,3}-?[0-9]{1,3}$")]
    private static partial Regex NumberedAcronym();

    [GeneratedRegex(@"[\p{L}0-9][\p{L}0-9'\-/,]*")]
    private static partial Regex Word();
}
