using System.Text;

namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// Removes the guide's interactive icons (℮ "see another module", private-use link/document/email glyphs,
/// □ "consider why this matters") and turns bullet glyphs (¶ in the guide, ⢠ in the web pages) into "•".
/// Non-breaking spaces become plain spaces.
/// </summary>
internal sealed class IconGlyphRule : ITextRepairRule
{
    public string Apply(string text, Vocabulary vocabulary)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00B6' or (>= '\u2800' and <= '\u28FF'):
                    result.Append('\u2022');
                    break;
                case '\u212E' or '\u25A1' or (>= '\uE000' and <= '\uF8FF'):
                    break;
                case '\u00A0':
                    result.Append(' ');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }
}
