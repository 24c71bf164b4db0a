using System.Security.Cryptography;
using System.Text;
using OrientationBot.Knowledge.TextRepair;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Turns the knowledge sources (the e-Guide text, the web pages, the curated overlay) into a <see cref="UnitDirectory"/>.</summary>
public static class GuideParser
{
    /// <summary>Parses the sources. <paramref name="webPages"/> maps a file name to its text.</summary>
    public static UnitDirectory Parse(string guideText, IReadOnlyDictionary<string, string> webPages, string overlayJson)
    {
        ArgumentNullException.ThrowIfNull(guideText);
        var lines = TextRepairChain.Repair(guideText).Split('\n');
        var overlay = OverlayFile.Parse(overlayJson);
        var registry = new UnitRegistry();

        var repairedPages = webPages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => TextRepairChain.Repair(p.Value));
        var definitions = GlossaryBuilder.Collect(
            [GuideSource(lines), .. repairedPages.Values.Select(t => new GlossaryBuilder.Source(ProseReader.JoinLines(t.Split('\n')), _ => Passage.WebSection))]);

        var lists = StructureReader.Read(lines, registry);
        OverlayApplier.ApplyStructure(overlay, registry);
        NameUnits(definitions, overlay, registry);
        var moduleOne = Array.FindIndex(lines, l => l.Trim().StartsWith("Module One", StringComparison.Ordinal));
        var prose = new ProseReader(registry, lists);
        prose.Read(lines, Math.Max(moduleOne, 0));
        InnerBodyReader.Attach(registry);
        NameUnits(definitions, overlay, registry); // units the prose found (the Police Division's sections) get theirs too

        var ids = DirectoryBuilder.AssignIds(registry.All);
        var units = DirectoryBuilder.Build(registry.All, ids, prose.OrganigrammeSection);
        var entries = IntroReader.Read(lines, Math.Max(moduleOne, 0));
        entries.AddRange(PageLinkEntries(prose.PageLinks, units, ids));
        entries.AddRange(prose.Sections.Where(s => s.Paragraphs.Count > 0 || s.Links.Count > 0).Select(SectionEntry));
        var passages = Passages(units).ToList();
        passages.AddRange(registry.All.SelectMany(d => d.Mentions.Select(m => new Passage(d.Name, d.Section, m, ids[d]))));
        var sectionPassages = prose.Sections.SelectMany(s => s.Paragraphs.Select(p => new Passage(s.Title, s.Number, p, null))).ToList();
        passages.AddRange(sectionPassages);
        passages.AddRange(InlineDescriptionReader.Read(sectionPassages, registry, ids));
        foreach (var (name, text) in repairedPages)
        {
            var (paragraphs, urls) = WebPageReader.Read(text, registry);
            passages.AddRange(paragraphs.Select(p => new Passage(p.Owner?.Name ?? name, Passage.WebSection, p.Text, p.Owner is null ? null : ids[p.Owner])));
            entries.Add(WebPageEntry(name, paragraphs, urls));
        }
        var glossary = GlossaryBuilder.Entries(definitions, d => ids[d], registry, overlay.Terms);
        var feedback = entries.FirstOrDefault(e => e.Id == "e-guide-feedback")?.Emails.FirstOrDefault()
            ?? throw new InvalidDataException("The e-Guide gives no feedback address in its introduction.");
        return new UnitDirectory(units, glossary, passages, entries, feedback, Hash(guideText, webPages, overlayJson));
    }

    /// <summary>Acronyms and aliases, before the prose (headings such as "Office of the Under-Secretary-General, DPO" need them) and after.</summary>
    private static void NameUnits(List<(AcronymFinder.Definition Definition, string? Section)> definitions, OverlayFile overlay, UnitRegistry registry)
    {
        // Twice: "OUSG-DPO" can only be placed once DPO has its acronym.
        GlossaryBuilder.AssignToUnits(definitions.Select(d => d.Definition), registry);
        GlossaryBuilder.AssignToUnits(definitions.Select(d => d.Definition), registry);
        OverlayApplier.ApplyNames(overlay, registry);
    }

    private static GlossaryBuilder.Source GuideSource(string[] lines)
    {
        var text = ProseReader.JoinLines(lines);
        var sections = new List<(int Position, string Number)>();
        var position = 0;
        foreach (var line in lines)
        {
            if (GuideLines.SectionHeading(line) is { } heading)
                sections.Add((position, string.Join('.', heading.Number.Split('.').Take(2))));
            position += GuideLines.Collapse(line).Length + 1;
        }
        return new GlossaryBuilder.Source(text, at => sections.LastOrDefault(s => s.Position <= at).Number ?? "Introduction");
    }

    private static IEnumerable<Passage> Passages(IEnumerable<Unit> units) =>
        units.SelectMany(u => u.Description.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new Passage(u.Name, u.Section, p, u.Id)));

    /// <summary>Links a page prints without a label: kept, with the page they close, never pinned on a unit by guesswork.</summary>
    private static IEnumerable<GuideEntry> PageLinkEntries(
        List<(string Url, UnitDraft Page, string? Section)> links, List<Unit> units, Dictionary<UnitDraft, string> ids)
    {
        var labelled = units.SelectMany(u => u.Websites).Select(w => w.Url).ToHashSet();
        return links.Where(l => !labelled.Contains(l.Url))
            .GroupBy(l => l.Page)
            .Select(g => new GuideEntry
            {
                Id = "links-" + ids[g.Key],
                Title = $"Further links on the e-Guide's page about the {g.Key.Name}",
                Text = $"The e-Guide prints these links at the end of its page about the {g.Key.Name}, without saying which sentence each belongs to.",
                Links = g.Select(l => l.Url).Distinct().Select(u => new WebLink(new Uri(u).Host, u)).ToList(),
                Section = g.First().Section,
            });
    }

    private static GuideEntry SectionEntry(SectionText section) => new()
    {
        Id = "section-" + Slug.From(section.Number),
        Title = section.Title,
        Text = string.Join("\n\n", section.Paragraphs),
        Keywords = [.. UnitNameKey.From(section.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        Links = section.Links.DistinctBy(l => l.Url).ToList(),
        Section = section.Number,
    };

    private static GuideEntry WebPageEntry(string name, List<(string Text, UnitDraft? Owner)> paragraphs, List<string> urls) => new()
    {
        Id = "web-" + Slug.From(Path.GetFileNameWithoutExtension(name)),
        Title = $"Web page: {Path.GetFileNameWithoutExtension(name).Replace('-', ' ')}",
        Text = string.Join("\n\n", paragraphs.Take(2).Select(p => p.Text)),
        Links = urls.Distinct().Select(u => new WebLink(new Uri(u).Host, u)).ToList(),
        Section = Passage.WebSection,
    };

    private static string Hash(string guide, IReadOnlyDictionary<string, string> pages, string overlay)
    {
        var all = new StringBuilder(guide).Append(overlay);
        foreach (var page in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            all.Append(page.Key).Append(page.Value);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
    }
}
