namespace OrientationBot.Knowledge.Search;

/// <summary>Splits text into lower-case word tokens (letters and digits), the one tokenisation the index and the questions share.</summary>
public static class TextTokens
{
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

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
        var chars = token.Where(char.IsLetterOrDigit).ToArray();
        var key = new string(chars);
        if (key.Length >= 3 && key[^1] == 's' && key.Take(key.Length - 1).Count(char.IsUpper) >= 2)
            key = key[..^1];
        return key.ToUpperInvariant();
    }
}
