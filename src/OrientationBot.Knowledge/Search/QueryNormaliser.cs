using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// Cleans chat text: curly apostrophes, contractions ("what's", "whats", "wats", "whos"), possessives,
/// "&amp;" and the common chat abbreviations ("pls", "mgmt", "ops", "hq", "POC for" as point of contact), then
/// lower-cases it.
/// </summary>
public static partial class QueryNormaliser
{
    private static readonly Dictionary<string, string> ChatWords = new(StringComparer.Ordinal)
    {
        ["whats"] = "what is", ["wats"] = "what is", ["wat"] = "what", ["wht"] = "what", ["whos"] = "who is",
        ["wheres"] = "where is", ["hows"] = "how is", ["im"] = "i am", ["u"] = "you", ["ur"] = "your",
        ["pls"] = "please", ["plz"] = "please", ["abt"] = "about", ["thx"] = "thanks", ["mgmt"] = "management",
        ["mgt"] = "management", ["dept"] = "department", ["div"] = "division", ["ops"] = "operations",
        ["hq"] = "headquarters", ["hqs"] = "headquarters", ["info"] = "information", ["govt"] = "government",
        ["intl"] = "international", ["svc"] = "service",
        // Typed too fast: the function words people mistype most often.
        ["teh"] = "the", ["hte"] = "the", ["waht"] = "what", ["adn"] = "and", ["taht"] = "that", ["w"] = "with",
        ["thru"] = "through", ["ppl"] = "people", ["r"] = "are",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ChatWordsBySpan = ChatWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What separates a question's raw tokens.</summary>
    private static readonly SearchValues<char> TokenSeparators = SearchValues.Create(" \t\n\r,");

    /// <summary>What a raw token sheds at either end.</summary>
    private const string OuterPunctuation = "?.!:;\"()'[]-";

    /// <summary>"The main POC for TCCs": chat's point of contact, not the guide's protection of civilians ("POC mandates").</summary>
    private const string PointOfContact = "point of contact";

    /// <summary>The question in lower case, with chat forms written out and punctuation other than word-inner hyphens and slashes turned into spaces.</summary>
    public static string Normalise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'').Replace("&", " and ", StringComparison.Ordinal);
        text = text.ToLowerInvariant();
        // Most questions have no apostrophe at all: no need to scan them for contractions.
        if (text.Contains('\'', StringComparison.Ordinal))
            text = WriteOutContractions(text);
        var builder = new StringBuilder(text.Length + 16);
        var pocPending = false;
        foreach (var range in TextTokens.WordRanges(text))
        {
            // The text is in lower case already, so the word is as TextTokens.Words would give it.
            var word = text.AsSpan(range);
            if (pocPending)
                AppendWord(builder, word is "for" or "on" ? PointOfContact : "poc");
            pocPending = word is "poc";
            if (pocPending)
                continue; // written once the next word says which POC it is
            AppendWord(builder, ChatWordsBySpan.TryGetValue(word, out var written) ? written : word);
        }
        if (pocPending)
            AppendWord(builder, "poc");
        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> word)
    {
        if (builder.Length > 0)
            builder.Append(' ');
        builder.Append(word);
    }

    private static string WriteOutContractions(string text)
    {
        text = Contraction().Replace(text, m => m.Groups[1].Value switch
        {
            "what" => "what is",
            "who" => "who is",
            "where" => "where is",
            "it" => "it is",
            "that" => "that is",
            _ => m.Groups[1].Value,
        });
        return text.Replace("n't", " not", StringComparison.Ordinal).Replace("'re", " are", StringComparison.Ordinal)
            .Replace("'m", " am", StringComparison.Ordinal).Replace("'ll", " will", StringComparison.Ordinal);
    }

    /// <summary>
    /// The question's tokens as typed (case kept, outer punctuation and possessive "'s" dropped), for acronym spotting,
    /// as spans of the question.
    /// </summary>
    public static RawTokenEnumerator EnumerateRawTokens(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(question.Replace('\u2019', '\''));
    }

    /// <summary>Enumerates the tokens of <see cref="EnumerateRawTokens"/>.</summary>
    public ref struct RawTokenEnumerator(string question)
    {
        private MemoryExtensions.SpanSplitEnumerator<char> _pieces = question.AsSpan().SplitAny(TokenSeparators);
        private readonly string _question = question;

        public ReadOnlySpan<char> Current { readonly get; private set; }

        public readonly RawTokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_pieces.MoveNext())
            {
                var token = _question.AsSpan(_pieces.Current).Trim(OuterPunctuation);
                if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                    token = token[..^2];
                if (token.Length > 0)
                {
                    Current = token;
                    return true;
                }
            }
            return false;
        }
    }

    [GeneratedRegex(@"\b(what|who|where|it|that|\w+)'s\b")]
    private static partial Regex Contraction();
}
