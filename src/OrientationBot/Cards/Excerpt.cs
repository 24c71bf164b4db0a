namespace OrientationBot.Cards;

/// <summary>Cuts guide text to a size a card can carry, at the most natural boundary available.</summary>
internal static class Excerpt
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The text's paragraphs, trimmed, without empty ones. Blank lines separate paragraphs when there are any;
    /// otherwise each line is one. Line breaks inside a paragraph become spaces, as Teams would render them unevenly.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        text = text.Replace("\r\n", "\n");
        var separator = text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        return text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' '))
            .ToList();
    }

    /// <summary>
    /// Whole paragraphs while they fit in <paramref name="maxChars"/>; the first one that does not is cut at a
    /// sentence end (or a word) and closed with an ellipsis. <paramref name="trimmed"/> says whether anything was left out.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string text, int maxChars, out bool trimmed)
    {
        var kept = new List<string>();
        var budget = maxChars;
        trimmed = false;
        foreach (var paragraph in Paragraphs(text))
        {
            if (paragraph.Length <= budget)
            {
                kept.Add(paragraph);
                budget -= paragraph.Length;
                continue;
            }
            trimmed = true;
            // A stub of a few words after full paragraphs reads worse than stopping at the paragraph.
            if (kept.Count == 0 || budget >= 120)
                kept.Add(Shorten(paragraph, budget));
            break;
        }
        return kept;
    }

    /// <summary>The text itself when short enough; else cut at the last sentence end or word that fits, plus "…".</summary>
    public static string Shorten(string text, int maxChars)
    {
        text = text.Trim();
        if (text.Length <= maxChars)
            return text;
        var room = Math.Max(1, maxChars - Ellipsis.Length);
        var cut = text[..room];
        var sentenceEnd = cut.LastIndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd >= room / 2)
            return cut[..(sentenceEnd + 1)] + " " + Ellipsis;
        var space = cut.LastIndexOf(' ');
        return (space >= room / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':') + Ellipsis;
    }
}
