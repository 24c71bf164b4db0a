using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Reads the web pages in knowledge/web: each paragraph becomes a passage owned by the unit it starts by
/// naming, or by the unit of the last heading line; the items of a list belong with the paragraph that
/// introduces it ("… to:"); the pages' links become a guide-level entry.
/// </summary>
internal static class WebPageReader
{
    public static (List<(string Text, UnitDraft? Owner)> Paragraphs, List<string> Urls) Read(string page, UnitRegistry registry)
    {
        var paragraphs = new List<(string, UnitDraft?)>();
        var urls = new List<string>();
        UnitDraft? headingUnit = null;
        var inList = false;
        UnitDraft? listOwner = null;
        foreach (var raw in page.Split('\n'))
        {
            var collapsed = GuideLines.Collapse(raw).TrimStart();
            var line = collapsed.TrimStart('\u2022', ' ', '-');
            if (line.Length == 0)
                continue;
            var isListItem = inList && line.Length < collapsed.Length;
            if (line.StartsWith("http", StringComparison.Ordinal))
            {
                urls.AddRange(line.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Where(u => u.StartsWith("http", StringComparison.Ordinal)));
                continue;
            }
            if (!isListItem && line.Split(' ').Length <= 8 && !line.EndsWith('.'))
            {
                headingUnit = registry.Find(line) ?? headingUnit;
                continue;
            }
            var owner = OpeningUnit(line, registry) ?? (isListItem ? listOwner : null) ?? headingUnit;
            paragraphs.Add((line, owner));
            // "… to assist national authorities to:" hands its owner to the list items that follow it.
            if (!isListItem)
                (inList, listOwner) = line.EndsWith(':') ? (true, owner) : (false, null);
        }
        return (paragraphs, urls);
    }

    /// <summary>
    /// The unit a paragraph names in its first words: "The Police Division supports …". The earliest name wins,
    /// so "OROLSI brings together the Criminal Law and Judicial Advisory Service" is OROLSI's.
    /// </summary>
    private static UnitDraft? OpeningUnit(string paragraph, UnitRegistry registry)
    {
        var words = paragraph.Split(' ');
        for (var start = 0; start < Math.Min(words.Length, 4); start++)
        {
            for (var length = Math.Min(8, words.Length - start); length >= 1; length--)
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
