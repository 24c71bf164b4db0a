using System.Text;
using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// Cleans chat text: curly apostrophes, contractions ("what's", "whats", "wats", "whos"), possessives,
/// "&amp;" and the common chat abbreviations ("pls", "mgmt", "ops", "hq"), then lower-cases it.
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

    /// <summary>The question in lower case, with chat forms written out and punctuation other than word-inner hyphens and slashes turned into spaces.</summary>
    public static string Normalise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'').Replace("&", " and ", StringComparison.Ordinal);
        text = text.ToLowerInvariant();
        text = Contraction().Replace(text, m => m.Groups[1].Value switch
        {
            "what" => "what is",
            "who" => "who is",
            "where" => "where is",
            "it" => "it is",
            "that" => "that is",
            _ => m.Groups[1].Value,
        });
        text = text.Replace("n't", " not", StringComparison.Ordinal).Replace("'re", " are", StringComparison.Ordinal)
            .Replace("'m", " am", StringComparison.Ordinal).Replace("'ll", " will", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var word in TextTokens.Words(text))
        {
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(ChatWords.GetValueOrDefault(word, word));
        }
        return builder.ToString();
    }

    /// <summary>The question's tokens as typed (case kept, outer punctuation and possessive "'s" dropped), for acronym spotting.</summary>
    public static IReadOnlyList<string> RawTokens(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = new List<string>();
        foreach (var piece in question.Replace('\u2019', '\'').Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = piece.Trim('?', '.', '!', ':', ';', '"', '(', ')', '\'', '[', ']', '-');
            if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                token = token[..^2];
            if (token.Length > 0)
                tokens.Add(token);
        }
        return tokens;
    }

    [GeneratedRegex(@"\b(what|who|where|it|that|\w+)'s\b")]
    private static partial Regex Contraction();
}
