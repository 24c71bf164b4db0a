namespace OrientationBot.Knowledge.Search;

/// <summary>Splits text into lower-case word tokens (letters and digits), the one tokenisation the index and the questions share.</summary>
public static class TextTokens
{
    /// <summary>Longer tokens than this get their acronym key worked out on the heap rather than the stack.</summary>
    private const int StackKeyLength = 128;

    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var word in WordRanges(text))
            words.Add(text[word].ToLowerInvariant());
        return words;
    }

    /// <summary>Where the words of <see cref="Words"/> stand in the text, as typed: for callers that need not copy each word.</summary>
    public static WordRangeEnumerator WordRanges(ReadOnlySpan<char> text) => new(text);

    /// <summary>The stems of the words of <paramref name="text"/> that are not stop words.</summary>
    public static List<string> ContentStems(string text)
    {
        var stems = new List<string>();
        foreach (var word in Words(text))
        {
            if (StopWords.Contains(word))
                continue;
            var stem = Stemmer.Stem(word);
            if (!StopWords.Contains(word, stem))
                stems.Add(stem);
        }
        return stems;
    }

    /// <summary>The acronym key of a token: letters and digits only, upper case, a plural "s" dropped ("T/PCCs" → "TPCC").</summary>
    public static string AcronymKey(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        Span<char> key = token.Length <= StackKeyLength ? stackalloc char[StackKeyLength] : new char[token.Length];
        return new string(AcronymKey(token, key));
    }

    /// <summary><see cref="AcronymKey(string)"/> written into <paramref name="key"/> (at least as long as the token), for lookups that allocate nothing.</summary>
    public static ReadOnlySpan<char> AcronymKey(ReadOnlySpan<char> token, Span<char> key)
    {
        Span<char> typed = token.Length <= StackKeyLength ? stackalloc char[StackKeyLength] : new char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
                typed[length++] = c;
        }
        if (length >= 3 && typed[length - 1] == 's' && CountUpper(typed[..(length - 1)]) >= 2)
            length--;
        return key[..typed[..length].ToUpperInvariant(key)];
    }

    /// <summary>How many upper-case letters the text has: two make a token an acronym however it is written.</summary>
    public static int CountUpper(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
                count++;
        }
        return count;
    }

    /// <summary>Enumerates the ranges of the runs of letters and digits in a text.</summary>
    public ref struct WordRangeEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _end;

        public Range Current { readonly get; private set; }

        public readonly WordRangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = _end;
            while (start < _text.Length && !char.IsLetterOrDigit(_text[start]))
                start++;
            if (start == _text.Length)
                return false;
            _end = start + 1;
            while (_end < _text.Length && char.IsLetterOrDigit(_text[_end]))
                _end++;
            Current = start.._end;
            return true;
        }
    }
}
