using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Reads a department's organigramme list, the indented block the guide prints after the department's
/// website link: one box per line, depth given by the leading spaces. A box whose name wrapped onto two
/// lines lost its indentation in extraction; it is read as a sibling of the box before it (the overlay
/// corrects the one place where that is wrong).
/// </summary>
internal static partial class OrganigrammeListReader
{
    /// <summary>Reads from <paramref name="start"/> to the next bare URL line; returns the index after the list.</summary>
    public static int Read(IReadOnlyList<string> lines, int start, UnitDraft department, UnitRegistry registry)
    {
        var stack = new List<(int Depth, UnitDraft Unit)> { (0, department) };
        var i = start;
        while (i < lines.Count && !GuideLines.IsUrl(lines[i]))
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                i++;
                continue;
            }
            var depth = line.Length - line.TrimStart(' ').Length;
            var name = line.Trim();
            i++;
            if (depth == 0)
            {
                // A wrapped box: its continuation lines run to the next blank or indented line.
                while (i < lines.Count && lines[i].Length > 0 && lines[i][0] != ' ' && !GuideLines.IsUrl(lines[i]))
                    name += " " + lines[i++].Trim();
                depth = stack.Count > 1 ? stack[^1].Depth : 1;
            }
            name = GuideLines.Collapse(name);
            if (name.StartsWith("The ", StringComparison.Ordinal))
                name = name[4..]; // "The Peacebuilding Fund": the article is not part of the name
            var acronym = TrailingAcronym().Match(name);
            if (acronym.Success)
                name = name[..acronym.Index].Trim();
            while (stack.Count > 1 && stack[^1].Depth >= depth)
                stack.RemoveAt(stack.Count - 1);
            var parent = stack[^1].Unit;
            var unit = registry.Add(name, parent);
            if (acronym.Success)
                unit.Acronyms.Add(acronym.Groups[1].Value);
            stack.Add((depth, unit));
        }
        return i;
    }

    [GeneratedRegex(@"\s*\(([A-Z][A-Za-z\-]+)\)$")]
    private static partial Regex TrailingAcronym();
}
