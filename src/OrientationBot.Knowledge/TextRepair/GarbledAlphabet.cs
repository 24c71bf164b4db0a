namespace OrientationBot.Knowledge.TextRepair;

/// <summary>
/// The characters PDF extraction produced for text set in two embedded fonts whose glyphs lost their Unicode
/// mapping, plus the icon glyphs. Cleaned text must contain none of them (the invariant the tests pin down).
/// </summary>
public static class GarbledAlphabet
{
    /// <summary>True for a character that can only come from a garbled run or an icon glyph.</summary>
    public static bool IsGarbled(char c) =>
        c is >= '\u00C1' and <= '\u00DA'   // first font: lower-case letters shifted up by 0x60
        || c == '\u00A6'                    // second font: "U"
        || c is >= '\u0100' and <= '\u024F' // both fonts: Latin Extended-A/B glyph slots
        || c is >= '\u0370' and <= '\u03FF' // second font: punctuation landed in Greek
        || c is >= '\u2C60' and <= '\u2C7F'
        || c is >= '\uE000' and <= '\uF8FF' // private-use icon glyphs
        || c is >= '\u2800' and <= '\u28FF' // braille cells used as bullets by the web pages
        || c is '\u212E' or '\u00B6' or '\u25A1';

    /// <summary>True when the text holds no garbled character.</summary>
    public static bool IsClean(string text) => !text.Any(IsGarbled);
}
