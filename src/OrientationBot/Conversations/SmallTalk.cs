namespace OrientationBot.Conversations;

/// <summary>
/// "Hi", "thanks!", "ok great thank you": chat that is no question. Answering it with "the e-Guide doesn't cover that"
/// would be rude, and filing it as an unanswered question would fill the guide owners' report with noise.
/// </summary>
internal static class SmallTalk
{
    /// <summary>Longer messages are questions, even when they open with "hi" or close with "thanks".</summary>
    private const int MaxWords = 5;

    /// <summary>Five words and their punctuation fit in this many characters.</summary>
    private const int MaxLength = 64;

    /// <summary>Words in the longest phrase below ("thank you very much").</summary>
    private const int LongestPhrase = 4;

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "morning", "good morning", "good afternoon", "good evening", "bonjour", "salut", "hola",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank you", "thx", "ty", "cheers", "many thanks", "thanks a lot", "merci", "thanks so much",
        "thank you so much", "thanks very much", "thank you very much",
        "ok", "okay", "great", "perfect", "cool", "got it", "awesome", "nice", "noted",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "there", "bot", "orientationbot", "again" };

    /// <summary>The reply to a greeting or a thank-you, or null when the text is something to answer.</summary>
    public static string? Reply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            return null; // a question: no need to split it
        var words = text.ToLowerInvariant()
            .Split([' ', ',', '.', '!', '?', ':', ';', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter) && !Fillers.Contains(w))
            .ToList();
        if (words.Count == 0 || words.Count > MaxWords)
            return null;
        if (Covers(words, Thanks))
            return "You're welcome! Ask me anything else about the Pillar's units, or type **help**.";
        if (Covers(words, Greetings))
            return "Hello! Ask me about a unit, a topic or an acronym, for example \u201Cwho looks after quick impact projects?\u201D Type **help** to see everything I can do.";
        return null;
    }

    /// <summary>Whether the words are made only of the phrases of the set ("ok great thank you": ok + great + thank you).</summary>
    private static bool Covers(List<string> words, HashSet<string> phrases)
    {
        var i = 0;
        while (i < words.Count)
        {
            var length = Enumerable.Range(1, Math.Min(LongestPhrase, words.Count - i)).Reverse()
                .FirstOrDefault(n => phrases.Contains(string.Join(' ', words.Skip(i).Take(n))));
            if (length == 0)
                return false;
            i += length;
        }
        return true;
    }
}
