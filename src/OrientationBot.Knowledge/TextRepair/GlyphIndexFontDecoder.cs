using System.Text;
using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// Decodes the second garbled font, whose characters came out as the font's glyph indices: lower-case
/// letters land in Latin Extended-A/B ("ŦǳƴŎǘƛƻƴ" → "function"), punctuation in Greek ("Ω" → "'"), and
/// some capitals on ordinary ASCII letters and digits ("t5" → "PD"), which are decoded only inside a run.
/// </summary>
internal sealed partial class GlyphIndexFontDecoder : ITextRepairRule
{
    // The font's glyph table as far as the guide uses it; a glyph outside it is left for the invariant test to catch.
    private static readonly Dictionary<char, char> Glyphs = new()
    {
        ['\u0140'] = 'a', ['\u014E'] = 'c', ['\u0158'] = 'd', ['\u015C'] = 'e', ['\u0166'] = 'f',
        ['\u018E'] = 'g', ['\u0198'] = 'h', ['\u019B'] = 'i', ['\u01AA'] = 'k', ['\u01AD'] = 'l',
        ['\u01B3'] = 'm', ['\u01B4'] = 'n', ['\u01BB'] = 'o', ['\u01C7'] = 'p', ['\u01CA'] = 'r',
        ['\u01CE'] = 's', ['\u01D8'] = 't', ['\u01F3'] = 'u', ['\u01FE'] = 'v', ['\u01FF'] = 'w',
        ['\u00A6'] = 'U', ['\u03A9'] = '\'', ['\u03A6'] = '.', ['\u03A3'] = ',',
        ['\u03AC'] = '\u201C', ['\u03AD'] = '\u201D',
    };

    // Capitals whose glyph index happens to be an ASCII code: only meaningful inside a run of the font.
    private static readonly Dictionary<char, char> AsciiCapitals = new()
    {
        ['D'] = 'G', ['t'] = 'P', ['5'] = 'D', ['b'] = 'N',
    };

    public string Apply(string text, Vocabulary vocabulary)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            lines[i] = DecodeLine(lines[i]);
        return string.Join('\n', lines);
    }

    private static string DecodeLine(string line)
    {
        if (!line.Any(Glyphs.ContainsKey))
            return line;
        var tokens = Token().Matches(line).ToList();
        var inFont = tokens.Select(t => t.Value.Any(Glyphs.ContainsKey)).ToArray();
        var result = new StringBuilder(line);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            string? decoded = null;
            if (inFont[i])
                decoded = DecodeToken(token.Value);
            else if (IsCapitalsOnly(token.Value) && ((i > 0 && inFont[i - 1]) || (i + 1 < tokens.Count && inFont[i + 1])))
                decoded = new string(token.Value.Select(c => AsciiCapitals[c]).ToArray());
            if (decoded is not null)
                result.Remove(token.Index, token.Length).Insert(token.Index, decoded);
        }
        return result.ToString();
    }

    private static bool IsCapitalsOnly(string token) => token.All(AsciiCapitals.ContainsKey);

    /// <summary>Hyphen-joined parts are decoded separately: "Secretary-DŜƴŜǊŀƭΩǎ" keeps its plain "Secretary".</summary>
    private static string DecodeToken(string token) =>
        string.Join('-', token.Split('-').Select(part => part.Any(Glyphs.ContainsKey) ? DecodePart(part) : part));

    /// <summary>An ASCII capital is decoded only next to a glyph of the font: "άMultilateral" keeps its plain letters.</summary>
    private static string DecodePart(string part)
    {
        var decoded = new char[part.Length];
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            var besideGlyph = (i > 0 && Glyphs.ContainsKey(part[i - 1])) || (i + 1 < part.Length && Glyphs.ContainsKey(part[i + 1]));
            decoded[i] = Glyphs.TryGetValue(c, out var g) ? g
                : besideGlyph && AsciiCapitals.TryGetValue(c, out var capital) ? capital
                : c;
        }
        return new string(decoded);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();
}
