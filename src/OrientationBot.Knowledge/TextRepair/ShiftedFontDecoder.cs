using System.Text;
using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// Decodes the first garbled font: lower-case letters were shifted up by 0x60 (t → Ô), capitals down by 0x20
/// into ASCII punctuation and digits (C → #, T → 4) and punctuation into Latin Extended-B slots (' → ȭ).
/// Example: "#ÈÁÒÔÅÒȭÓ" → "Charter's".
/// </summary>
internal sealed partial class ShiftedFontDecoder : ITextRepairRule
{
    private static readonly Dictionary<char, string> Punctuation = new()
    {
        ['\u022D'] = "'", ['\u022C'] = "'", ['\u0230'] = "\u201C", ['\u0231'] = "\u201D",
        ['\u0222'] = ".", ['\u021F'] = ",", ['\u0220'] = ";", ['\u0240'] = "\u2013",
        ['\u0249'] = "(", ['\u024A'] = ")", ['\u023E'] = "/",
    };

    private static bool IsShiftedLower(char c) => c is >= '\u00C1' and <= '\u00DA';

    private static bool IsFontChar(char c) => IsShiftedLower(c) || Punctuation.ContainsKey(c);

    private static bool IsShiftedCapital(char c) => c is >= '!' and <= ':';

    public string Apply(string text, Vocabulary vocabulary) =>
        Token().Replace(text, m => IsGarbledToken(m, text) ? Decode(m.Value, vocabulary) : DecodePunctuation(m.Value));

    /// <summary>The font's punctuation slots never hold real text, so a lone one in plain text is decoded too ("DPOȭs").</summary>
    private static string DecodePunctuation(string token) =>
        token.Any(Punctuation.ContainsKey)
            ? string.Concat(token.Select(c => Punctuation.TryGetValue(c, out var p) ? p : c.ToString()))
            : token;

    /// <summary>
    /// A token is in the font when it has two of its characters, or one and a neighbouring token in the font
    /// (a lone "Á" is the article "a"); one stray accented capital in plain text ("CÔTE") is left alone.
    /// </summary>
    private static bool IsGarbledToken(Match token, string text)
    {
        var count = token.Value.Count(IsFontChar);
        if (count >= 2)
            return true;
        if (count == 0)
            return false;
        return NeighbourFontChars(text, token.Index - 1, -1) >= 2 || NeighbourFontChars(text, token.Index + token.Length, +1) >= 2;
    }

    /// <summary>How many of the font's characters the next token in <paramref name="direction"/> holds.</summary>
    private static int NeighbourFontChars(string text, int from, int direction)
    {
        var i = from;
        while (i >= 0 && i < text.Length && char.IsWhiteSpace(text[i]))
            i += direction;
        var count = 0;
        while (i >= 0 && i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            if (IsFontChar(text[i]))
                count++;
            i += direction;
        }
        return count;
    }

    private static string Decode(string token, Vocabulary vocabulary)
    {
        var decoded = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (IsShiftedLower(c))
                decoded.Append((char)(c - 0x60));
            else if (Punctuation.TryGetValue(c, out var p))
                decoded.Append(p);
            else if (IsShiftedCapital(c) && decoded.Length > 0 && char.IsLower(decoded[^1]))
                decoded.Append(c); // capitals never follow a lower-case letter: a real "." or "-" ("×ÏÒË." → "work.")
            else if (c == '-')
                decoded.Append(HyphenOrM(token, i, vocabulary));
            else if (IsShiftedCapital(c))
                decoded.Append((char)(c + 0x20));
            else
                decoded.Append(c);
        }
        return decoded.ToString();
    }

    /// <summary>
    /// "-" is both a real hyphen ("e-Guide", "USG-DPO") and the shifted "M" ("OMA", "Member"). The word the
    /// document itself uses elsewhere decides: "M" only when it makes a word the clean text contains.
    /// </summary>
    private static char HyphenOrM(string token, int index, Vocabulary vocabulary)
    {
        var asM = Decode(token[..index] + "M" + token[(index + 1)..], vocabulary);
        var word = Letters().Matches(asM).Select(m => m.Value).FirstOrDefault(w => w.Contains('M') || w.Contains('m')) ?? "";
        return word.Length > 1 && vocabulary.Contains(word) ? 'M' : '-';
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Letters();
}
