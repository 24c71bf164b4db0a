namespace OrientationBot.Knowledge.Search;

/// <summary>
/// Corrects a word the index does not know to the most frequent index word within a small edit distance
/// (one edit from five letters, two from eight; transpositions count as one), or splits a run-together
/// word into two known ones ("eguide" → "e guide"); a word sharing a long prefix with a known one is taken as its relative first.
/// </summary>
public sealed class SpellingCorrector(IndexVocabulary vocabulary)
{
    private const int MaxRemembered = 20_000;
    private const int MaxAddedPrefix = 4;

    // The vocabulary never changes for an index, so a word's correction is worked out once.
    private readonly BoundedMemo<string, string?> _remembered = new(MaxRemembered, StringComparer.Ordinal);

    /// <summary>The correction of <paramref name="word"/>, or null when it is known, too short, or nothing is near.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _remembered.GetOrAdd(word, Compute);
    }

    private string? Compute(string word)
    {
        if (word.Length < 5 || word.Any(char.IsDigit) || vocabulary.KnowsWord(word) || vocabulary.KnowsStem(Stemmer.Stem(word)))
            return null;
        // A clipped word ("intel") is the start of its whole; otherwise one slip of the keyboard ("millitary") is the
        // likeliest story, and only then a relative ("elections" → "electoral"), which would read "millitary" as "millions".
        var relative = SharedPrefix(word);
        if (relative is not null && relative.StartsWith(word, StringComparison.Ordinal))
            return relative;
        if (Nearest(word, 1) is { } slip)
            return slip;
        if ((relative ?? WithPrefix(word)) is { } related)
            return related;
        return (word.Length >= 8 ? Nearest(word, 2) : null) ?? Split(word);
    }

    /// <summary>The most frequent known word within <paramref name="maxDistance"/> edits, nearest first; null when there is none.</summary>
    private string? Nearest(string word, int maxDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!vocabulary.WordsByLength.TryGetValue(length, out var candidates))
                continue;
            foreach (var candidate in candidates)
            {
                // Typos rarely touch the first letter; checking it first keeps a correction to microseconds.
                if (candidate[0] != word[0] && !(candidate[0] == word[1] && candidate[1] == word[0]))
                    continue;
                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance > maxDistance)
                    continue;
                var count = vocabulary.WordCount(candidate);
                if (distance < bestDistance || (distance == bestDistance && count > bestCount))
                    (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return best;
    }

    /// <summary>
    /// A known word of the same family ("elections" → "electoral") or the whole of which the word is clipped from ("intel"
    /// → "intelligence"): a shared prefix of five letters and at least 55 % of the longer word, so "organigramme" is not
    /// taken for "organized".
    /// </summary>
    private string? SharedPrefix(string word)
    {
        string? best = null;
        var bestLength = 0;
        var bestCount = 0;
        foreach (var candidate in vocabulary.WordsStartingWith(word[..5]))
        {
            var shared = word.AsSpan().CommonPrefixLength(candidate);
            if (shared < word.Length && shared < 0.55 * Math.Max(word.Length, candidate.Length))
                continue;
            var count = vocabulary.WordCount(candidate);
            if (shared > bestLength || (shared == bestLength && count > bestCount))
                (best, bestLength, bestCount) = (candidate, shared, count);
        }
        return best;
    }

    /// <summary>A known word that is the unknown one with a short prefix: "phone" → "telephone", "mail" is too short to try.</summary>
    private string? WithPrefix(string word)
    {
        string? best = null;
        var bestCount = 0;
        for (var extra = 1; extra <= MaxAddedPrefix; extra++)
        {
            if (!vocabulary.WordsByLength.TryGetValue(word.Length + extra, out var candidates))
                continue;
            foreach (var candidate in candidates)
            {
                if (candidate.EndsWith(word, StringComparison.Ordinal) && vocabulary.WordCount(candidate) > bestCount)
                    (best, bestCount) = (candidate, vocabulary.WordCount(candidate));
            }
        }
        return best;
    }

    private string? Split(string word)
    {
        for (var i = 1; i <= word.Length - 3; i++)
        {
            var (left, right) = (word[..i], word[i..]);
            // Both halves must carry meaning ("daycare" is not "day" plus the stop word "care"), or be a prefix letter ("e guide").
            if (vocabulary.KnowsWord(left) && vocabulary.KnowsWord(right) && !StopWords.Contains(right)
                && (left.Length == 1 || (left.Length >= 3 && !StopWords.Contains(left))))
                return $"{left} {right}";
        }
        return null;
    }
}
