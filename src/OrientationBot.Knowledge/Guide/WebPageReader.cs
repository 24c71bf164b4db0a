using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Reads the web pages in knowledge/web: each paragraph becomes a passage owned by the unit it starts by
/// naming, or by the unit of the last heading line; the pages' links become a guide-level entry.
/// </summary>
internal static class WebPageReader
{
    public static (List<(string Text, UnitDraft? Owner)> Paragraphs, List<string> Urls) Read(string page, UnitRegistry registry)
    {
        var paragraphs = new List<(string, UnitDraft?)>();
        var urls = new List<string>();
        UnitDraft? headingUnit = null;
        foreach (var raw in page.Split('\n'))
        {
            var line = GuideLines.Collapse(raw).TrimStart('\u2022', ' ', '-');
            if (line.Length == 0)
                continue;
            if (line.StartsWith("http", StringComparison.Ordinal))
            {
                urls.AddRange(line.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Where(u => u.StartsWith("http", StringComparison.Ordinal)));
                continue;
            }
            if (line.Split(' ').Length <= 8 && !line.EndsWith('.'))
            {
                headingUnit = registry.Find(line) ?? headingUnit;
                continue;
            }
            paragraphs.Add((line, OpeningUnit(line, registry) ?? headingUnit));
        }
        return (paragraphs, urls);
    }

    /// <summary>The unit a paragraph names in its first words: "The Police Division supports …".</summary>
    private static UnitDraft? OpeningUnit(string paragraph, UnitRegistry registry)
    {
        var words = paragraph.Split(' ');
        for (var length = Math.Min(8, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= Math.Min(words.Length, 4); start++)
            {
                var candidate = string.Join(' ', words[start..(start + length)]).Trim(',', '.', '(', ')');
                if (candidate.Length > 1 && UnitNameKey.From(candidate).Length > 0 && registry.Find(candidate) is { } unit
                    && unit.Kind != UnitKind.Department)
                    return unit;
            }
        }
        return null;
    }
}
