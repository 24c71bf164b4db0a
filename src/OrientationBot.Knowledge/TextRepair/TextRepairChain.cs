namespace OrientationBot.Knowledge.TextRepair;

/// <summary>Runs the repair rules in order over a whole document: fonts first, then icons, then spacing.</summary>
public static class TextRepairChain
{
    private static readonly ITextRepairRule[] Rules =
    [
        new ShiftedFontDecoder(),
        new GlyphIndexFontDecoder(),
        new IconGlyphRule(),
        new SpacingRule(),
    ];

    /// <summary>Returns the document with garbled runs decoded, icons removed and split words mended; line breaks are kept.</summary>
    public static string Repair(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Replace("\r\n", "\n");
        var vocabulary = new Vocabulary(text);
        foreach (var rule in Rules)
            text = rule.Apply(text, vocabulary);
        return text;
    }
}
