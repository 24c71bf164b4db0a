using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Freezes the drafts into the read-only directory: ids, summaries, children in guide order.</summary>
internal static class DirectoryBuilder
{
    public static Dictionary<UnitDraft, string> AssignIds(IReadOnlyList<UnitDraft> drafts)
    {
        var ids = new Dictionary<UnitDraft, string>();
        foreach (var group in drafts.GroupBy(d => Slug.From(d.Name)))
        {
            foreach (var draft in group)
            {
                var qualifier = draft.Parent is { } p ? p.Acronyms.FirstOrDefault() ?? p.Name : null;
                ids[draft] = group.Count() == 1 || qualifier is null ? group.Key : $"{group.Key}-{Slug.From(qualifier)}";
            }
        }
        return ids;
    }

    public static List<Unit> Build(IReadOnlyList<UnitDraft> drafts, Dictionary<UnitDraft, string> ids, string? organigrammeSection) =>
        drafts.Select(d => new Unit
        {
            Id = ids[d],
            Name = d.Name,
            Acronyms = d.Acronyms.Where(a => !a.Contains('-') || d.Acronyms.Count == 1).Distinct().ToList(),
            Kind = d.Kind,
            ParentId = d.Parent is null ? null : ids[d.Parent],
            ChildIds = d.Children.Select(c => ids[c]).ToList(),
            Summary = d.Summary ?? SummaryOf(d.Paragraphs),
            Description = string.Join("\n\n", d.Paragraphs),
            Websites = d.Websites.DistinctBy(w => w.Url).ToList(),
            Emails = d.Emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Section = d.Section ?? d.Ancestors().Select(a => a.Section).FirstOrDefault(s => s is not null) ?? organigrammeSection,
            CrossReferences = [.. d.CrossReferences],
            People = [.. d.People],
            Aliases = [.. d.Aliases],
        }).ToList();

    /// <summary>The first one or two sentences, kept under about 300 characters.</summary>
    internal static string SummaryOf(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
            return "";
        var sentences = SentenceSplitter.Split(paragraphs[0]);
        var summary = sentences[0];
        if (sentences.Length > 1 && summary.Length + sentences[1].Length < 300)
            summary += " " + sentences[1];
        return summary.Trim();
    }
}
