namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// First pass over the guide: the departments its numbered sections introduce ("1.2 Department of Peace
/// Operations") and the organigramme list each prints after its website link. Returns the line ranges of
/// the lists so the prose pass skips them.
/// </summary>
internal static class StructureReader
{
    public static List<Range> Read(IReadOnlyList<string> lines, UnitRegistry registry)
    {
        var lists = new List<Range>();
        UnitDraft? department = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (GuideLines.SectionHeading(lines[i]) is { } heading)
            {
                var title = JoinWrappedTitle(lines, i, heading.Title);
                if (title.StartsWith("Department of ", StringComparison.Ordinal))
                    department = registry.Find(title) ?? registry.Add(title, null);
                continue;
            }
            if (department is null || !GuideLines.IsUrl(lines[i]) || !LabelNames(lines, i, department, registry))
                continue;
            var next = NextNonBlank(lines, i + 1);
            if (next < lines.Count && lines[next].StartsWith(' ') && !lines[next].TrimEnd().EndsWith('.'))
            {
                var end = OrganigrammeListReader.Read(lines, next, department, registry);
                lists.Add(next..end);
                i = end - 1;
                department = null;
            }
        }
        return lists;
    }

    /// <summary>A section title that wrapped ("1.3 Department of Political and" / "Peacebuilding Affairs").</summary>
    public static string JoinWrappedTitle(IReadOnlyList<string> lines, int index, string title) =>
        WrappedTitle(lines, index, title).Title;

    /// <summary>The whole title and the index of its last line.</summary>
    public static (string Title, int LastLine) WrappedTitle(IReadOnlyList<string> lines, int index, string title)
    {
        var last = title.Split(' ')[^1];
        if (last is not ("and" or "of" or "the" or "Security" or "Pillar"))
            return (title, index);
        var next = NextNonBlank(lines, index + 1);
        return next < lines.Count ? (GuideLines.Collapse(title + " " + lines[next]), next) : (title, index);
    }

    private static bool LabelNames(IReadOnlyList<string> lines, int urlLine, UnitDraft department, UnitRegistry registry)
    {
        var label = PreviousNonBlank(lines, urlLine - 1);
        return label >= 0 && LinkLabel.NamedUnit(lines[label], registry) == department;
    }

    public static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        while (from < lines.Count && string.IsNullOrWhiteSpace(lines[from]))
            from++;
        return from;
    }

    public static int PreviousNonBlank(IReadOnlyList<string> lines, int from)
    {
        while (from >= 0 && string.IsNullOrWhiteSpace(lines[from]))
            from--;
        return from;
    }
}
