using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Second pass over the guide, from Module One on: unit headings, the prose under each, labelled links
/// (attached to the unit the label names) and the bare links collected at the end of each page.
/// </summary>
internal sealed partial class ProseReader(UnitRegistry registry, List<Range> lists)
{
    private readonly ParagraphSink _sink = new(registry);
    private readonly HashSet<UnitDraft> _organigrammeUnits = [.. registry.All];
    private readonly List<string> _paragraph = [];
    private UnitDraft? _current;
    private UnitDraft? _listed;
    private string? _section;

    /// <summary>The section that prints the organigrammes: where a unit known only from them "appears".</summary>
    public string? OrganigrammeSection { get; private set; }

    /// <summary>Numbered sections that are about no single unit, with their prose and links.</summary>
    public List<SectionText> Sections { get; } = [];

    /// <summary>Links printed without a label, with the unit whose page they close; the caller records them as page links.</summary>
    public List<(string Url, UnitDraft Page, string? Section)> PageLinks { get; } = [];

    public void Read(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (lists.Any(r => i >= r.Start.Value && i < r.End.Value))
                continue;
            var line = lines[i];
            if (line.Trim() == "Organigrammes")
            {
                // The organigramme page is boxes in columns, not prose: the lists and the overlay read it.
                Flush();
                OrganigrammeSection ??= _section;
                while (i + 1 < lines.Count && GuideLines.SectionHeading(lines[i + 1]) is null)
                    i++;
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
                Flush();
            else if (GuideLines.SectionHeading(line) is { } heading)
            {
                var (title, lastLine) = StructureReader.WrappedTitle(lines, i, heading.Title);
                EnterSection(heading.Number, title);
                i = lastLine;
            }
            else if (GuideLines.UrlOf(line) is { } url)
                AddLink(url);
            else if (GuideLines.MailtoOf(line) is { } email)
                AddMailto(email);
            else if (HeadingUnit(lines, i) is { } unit)
                Enter(unit);
            else
                _paragraph.Add(line.Trim());
        }
        Flush();
    }

    private void EnterSection(string number, string title)
    {
        Flush();
        _section = string.Join('.', number.Split('.').Take(2));
        if (registry.Find(title) is { } unit)
            Enter(unit);
        else if (!number.Contains('.', StringComparison.Ordinal) || number.Split('.').Length == 2)
        {
            // A section about no single unit ("1.1 Introduction to the Peace and Security Pillar"): its prose is the section's own.
            _current = null;
            Sections.Add(new SectionText(_section, title));
        }
    }

    private void Enter(UnitDraft unit)
    {
        Flush();
        _current = unit;
        if (_organigrammeUnits.Contains(unit))
            _listed = unit;
        unit.Section = _section;
    }

    /// <summary>
    /// A heading is a short line naming a known unit, or a new unit inside the last listed one: a title-case
    /// name ending in a kind word, followed by prose that starts with "The" (the Police Division's sections).
    /// </summary>
    private UnitDraft? HeadingUnit(IReadOnlyList<string> lines, int i)
    {
        var text = GuideLines.Collapse(lines[i]);
        if (!char.IsUpper(text[0]) || text.StartsWith("The ", StringComparison.Ordinal) || text.EndsWith('.') || text.Split(' ').Length > 12 || _paragraph.Count > 0 && !_paragraph[^1].EndsWith('.'))
            return null;
        if (registry.Find(text) is { } known)
            return known;
        var next = StructureReader.NextNonBlank(lines, i + 1);
        if (_listed is null || next >= lines.Count || !lines[next].TrimStart().StartsWith("The ", StringComparison.Ordinal)
            || !NewUnitName().IsMatch(text) || !UnitKindReader.EndsWithKindWord(text))
            return null;
        return registry.Add(text, _listed);
    }

    private void AddLink(string url)
    {
        var label = _paragraph.Count == 1 && LinkLabel.IsLabel(_paragraph[0]) ? _paragraph[0] : null;
        if (label is not null)
        {
            _paragraph.Clear();
            var owner = LinkLabel.NamedUnit(label, registry) ?? _current;
            var link = new WebLink(GuideLines.Collapse(label), url);
            if (owner is null)
                Sections.LastOrDefault()?.Links.Add(link);
            else if (!owner.Websites.Any(w => w.Url == url))
                owner.Websites.Add(link);
            return;
        }
        Flush();
        if (_current is not null)
            PageLinks.Add((url, _current, _section));
        else if (Sections.LastOrDefault() is { } section && !section.Links.Any(l => l.Url == url))
            section.Links.Add(new WebLink(new Uri(url).Host, url));
    }

    private void AddMailto(string email)
    {
        Flush();
        if (_current is not null && !registry.All.Any(u => u.Emails.Contains(email)))
            _current.Emails.Add(email);
    }

    private void Flush()
    {
        if (_paragraph.Count == 0)
            return;
        var text = JoinLines(_paragraph);
        _paragraph.Clear();
        if (_current is not null)
            _sink.Add(text, _current);
        else if (Sections.LastOrDefault() is { } section && text.Split(' ').Length >= 8)
            section.Paragraphs.Add(text);
    }

    /// <summary>Joins a paragraph's lines, mending words the PDF hyphenated across a line break ("pre-" / "deployment").</summary>
    internal static string JoinLines(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines.Select(l => l.Trim()))
        {
            var hyphenated = text.Length > 1 && text[^1] == '-' && text[^2] != ' ' && line.Length > 0 && char.IsLower(line[0]);
            if (text.Length > 0 && !hyphenated)
                text.Append(' ');
            text.Append(line);
        }
        return GuideLines.Collapse(text.ToString());
    }

    [GeneratedRegex(@"^(?:[A-Z][\w\-]*)(?: (?:and|of|the|for|[A-Z][\w\-]*))* [A-Z][a-z]+$")]
    private static partial Regex NewUnitName();
}
