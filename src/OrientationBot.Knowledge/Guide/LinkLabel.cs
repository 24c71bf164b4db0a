using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>The label the guide prints above a link ("The Police Division website") and the unit it names.</summary>
internal static partial class LinkLabel
{
    public static bool IsLabel(string line)
    {
        var text = GuideLines.Collapse(line);
        return text.Length is > 0 and < 120 && !text.EndsWith('.') && Label().IsMatch(text);
    }

    /// <summary>The unit a label names by its name or acronym, e.g. "The Office of Military Affairs website"; null when it names none.</summary>
    public static UnitDraft? NamedUnit(string line, UnitRegistry registry)
    {
        var text = Label().Match(GuideLines.Collapse(line));
        if (!text.Success)
            return null;
        var named = text.Groups["name"].Value;
        var withoutAcronym = Regex.Replace(named, @"\s*\([A-Z]+\)$", "");
        return registry.Find(withoutAcronym) ?? registry.Find(named)
            ?? named.Split(' ').Where(w => w.Length > 1 && w.All(char.IsUpper)).Select(registry.Find).FirstOrDefault(u => u is not null);
    }

    [GeneratedRegex(@"^(?:The |the )?(?<name>.+?) (?:website|web site|site)$")]
    private static partial Regex Label();
}
