using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Reads the guide's introduction (everything before Module One) into guide-level entries: the e-Guide
/// itself, its self-assessment, the staff directories and the feedback address. The links printed at the
/// end of the page go to the entry whose text names the link's site ("Inspira", "iSeek").
/// </summary>
internal static partial class IntroReader
{
    public static List<GuideEntry> Read(IReadOnlyList<string> lines, int end)
    {
        var entries = new List<(string Id, string Title, List<string> Paragraphs)>();
        var paragraph = new List<string>();
        var urls = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0 && entries.Count > 0)
                entries[^1].Paragraphs.Add(ProseReader.JoinLines(paragraph));
            paragraph.Clear();
        }
        for (var i = 0; i < end; i++)
        {
            var line = GuideLines.Collapse(lines[i]);
            if (line.Length == 0)
                Flush();
            else if (GuideLines.UrlOf(line) is { } url)
                urls.Add(url);
            else if (line.StartsWith("mailto:", StringComparison.Ordinal))
                continue;
            else if (IsHeading(line, lines, i))
            {
                Flush();
                var id = IdFor(line);
                if (entries.FindIndex(e => e.Id == id) < 0)
                    entries.Add((id, line, []));
                else
                    entries.Add(entries.First(e => e.Id == id));
            }
            else
                paragraph.Add(line);
        }
        Flush();
        return entries.DistinctBy(e => e.Id).Select(e => ToEntry(e.Id, e.Title, e.Paragraphs, urls)).ToList();
    }

    private static bool IsHeading(string line, IReadOnlyList<string> lines, int i) =>
        line.Split(' ').Length <= 6 && !line.EndsWith('.') && char.IsUpper(line[0])
        && StructureReader.NextNonBlank(lines, i + 1) is var next && next < lines.Count
        && lines[next].Trim().Length > 60;

    /// <summary>The introduction's pages about the guide itself share one entry; the others keep their own.</summary>
    private static string IdFor(string heading) =>
        heading.Contains("Feedback", StringComparison.OrdinalIgnoreCase) ? "e-guide-feedback"
        : heading.Contains("e-Guide", StringComparison.OrdinalIgnoreCase) ? "e-guide"
        : Slug.From(heading);

    private static GuideEntry ToEntry(string id, string title, List<string> paragraphs, List<string> urls)
    {
        var text = string.Join("\n\n", paragraphs.Where(p => p.Split(' ').Length >= 6));
        var found = urls.Distinct().Where(u => SiteName(u) is { } site && text.Contains(site, StringComparison.OrdinalIgnoreCase)).ToList();
        // The PDF's "the iSeek staff directory by clicking here" lost its link in extraction. Where the text names each
        // link that way, in the order the links come, those names label them, and the text points to the links instead.
        var named = ClickHere().Matches(text).Select(m => m.Groups["what"].Value).ToList();
        var labelled = named.Count == found.Count && found.Count > 0;
        if (labelled)
            text = ClickHere().Replace(text, "${article} ${what} (linked below)");
        var links = found.Select((u, i) => new WebLink(labelled ? Capitalised(named[i]) : LinkTitle(u), u)).ToList();
        return new GuideEntry
        {
            Id = id,
            Title = id == "e-guide" ? "The e-Guide" : title,
            Text = text,
            Keywords = [.. UnitNameKey.From(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            Links = links,
            Emails = [.. GuideLines.EmailsIn(text)],
            Section = "Introduction",
        };
    }

    [GeneratedRegex(@"\b(?<article>the|your) (?<what>[^;,.()]{3,60}?) by clicking here")]
    private static partial Regex ClickHere();

    /// <summary>"staff directory" → "Staff directory"; a name written with its own capitals ("iSeek") stays as it is.</summary>
    private static string Capitalised(string text)
    {
        var first = text.Split(' ')[0];
        return first.Length == 0 || first.Any(char.IsUpper) ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"https://iseek-external.un.org/" → "iseek"; the name a text would use for the site.</summary>
    private static string? SiteName(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Split('.', '-')[0] : null;

    private static string LinkTitle(string url)
    {
        var uri = new Uri(url);
        var file = uri.Segments.LastOrDefault(s => s.Contains('.'));
        return file is null ? uri.Host : $"{uri.Host} \u2013 {file}";
    }
}
