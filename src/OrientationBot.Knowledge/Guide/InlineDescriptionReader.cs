using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Units the guide describes in passing, inside prose about something else: "… and the Peacebuilding Support Office,
/// which is the central liaising entity to the other UN pillars." The clause, in the guide's words, becomes a passage
/// of that unit, so a question about what the clause says finds the unit and not only the section around it.
/// </summary>
internal static partial class InlineDescriptionReader
{
    public static IEnumerable<Passage> Read(IEnumerable<Passage> sectionPassages, UnitRegistry registry, IReadOnlyDictionary<UnitDraft, string> ids)
    {
        foreach (var passage in sectionPassages)
        {
            foreach (Match match in Clause().Matches(passage.Text))
            {
                var (unit, name) = Named(registry, match.Groups["name"].Value);
                if (unit is null && match.Groups["acronym"].Success)
                    (unit, name) = (registry.Find(match.Groups["acronym"].Value), match.Groups["name"].Value);
                if (unit is not null)
                    yield return passage with { Text = match.Value[match.Value.LastIndexOf(name, StringComparison.Ordinal)..].Trim(), UnitId = ids[unit] };
            }
        }
    }

    /// <summary>The longest tail of the capitalised run that names a unit: "the reform … and the Peacebuilding Support Office".</summary>
    private static (UnitDraft? Unit, string Name) Named(UnitRegistry registry, string words)
    {
        var parts = words.Split(' ');
        for (var start = 0; start < parts.Length; start++)
        {
            var name = string.Join(' ', parts[start..]);
            if (char.IsUpper(parts[start][0]) && registry.Find(name) is { } unit)
                return (unit, name);
        }
        return (null, "");
    }

    [GeneratedRegex(@"(?<name>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|of|for|the|on))*)(?: \((?<acronym>[A-Z][\w-]+)\))?,? which (?:is|are|has|serves|acts|leads|provides|supports)\b[^.]*\.")]
    private static partial Regex Clause();
}
