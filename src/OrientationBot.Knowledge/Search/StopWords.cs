namespace OrientationBot.Knowledge.Search;

/// <summary>
/// Function words and chat filler that say nothing about which unit is meant. Topic words are never
/// listed here: whether the guide covers a topic is decided by evidence, not by a list.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about", "into",
        "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has",
        "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "i", "im", "me", "my",
        "we", "us", "our", "you", "your", "he", "she", "it", "its", "they", "them", "their", "theirs", "this", "that",
        "these", "those", "there", "here", "what", "whats", "who", "whos", "whom", "whose", "which", "where", "when", "why",
        "how", "if", "then", "so", "than", "too", "very", "just", "also", "any", "some", "all", "each", "every", "not", "no",
        "yes", "please", "pls", "plz", "thanks", "thank", "hi", "hello", "hey", "good", "morning", "afternoon", "like",
        "know", "tell", "explain", "someone", "someones", "somebody", "anyone", "anyones", "anybody", "everyone", "whoever", "get", "got", "go", "going", "want",
        "need", "exactly", "actually", "really", "stuff", "thing", "things", "on", "earth", "these", "days", "now", "again",
        "out", "up", "over", "under", "inside", "between", "after", "before", "one", "ones", "s", "ll", "re", "ve", "d", "t",
        "m", "en", "general", "generally", "let", "find", "give", "gives", "look", "looks", "looking", "deal", "deals",
        "dealing", "work", "works", "working", "handle", "handles", "handling", "take", "takes", "care", "cover", "covers",
        "covering", "responsible", "responsibility", "responsibilities", "role", "job", "jobs", "do", "mean", "means", "meaning",
        "stand", "stands", "short", "acronym", "abbreviation", "email", "e", "mail", "emails", "contact", "reach", "touch",
        "website", "site", "webpage", "page", "link", "links", "url", "online", "web", "head", "heads", "lead", "leads",
        "leading", "charge", "runs", "run", "running", "located", "based", "sit", "sits", "belong", "belongs", "part",
        "parent", "consist", "consists", "contain", "contains", "include", "includes", "components", "component", "make",
        "makes", "list", "new", "next", "week", "etc", "ok", "okay", "boss", "ask", "asked", "asking", "check", "talk", "speak", "write",
        "writes", "meant", "people", "folks", "guys", "kind", "sort", "type", "whatever", "way",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A stop word, or a single letter: chat shorthand ("w" for with, "u" for you) and initials say nothing on their
    /// own; acronyms are spotted before this check.
    /// </summary>
    public static bool Contains(string word) => Words.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]));

    /// <summary><see cref="Contains(string)"/> for a word not copied out of its text.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => WordsBySpan.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]));

    /// <summary>A word whose stem is a stop word says no more than the stop word does ("getting", "checks", "parts").</summary>
    public static bool Contains(string word, string stem) => Contains(word) || Words.Contains(stem);
}
