using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>How units are named on cards: titles, button labels, the breadcrumb.</summary>
internal static class UnitText
{
    public const string BreadcrumbSeparator = " › ";

    // Two such labels share a row on a full-width card; longer ones truncate in Teams and become unreadable.
    private const int MaxButtonLabel = 48;

    /// <summary>"Police Division (PD)", with the directory's qualifier for names several units share.</summary>
    public static string Title(Unit unit, UnitDirectory directory)
    {
        var name = directory.DisplayName(unit);
        var acronym = unit.Acronyms.FirstOrDefault();
        if (acronym is null || string.Equals(acronym, name, StringComparison.OrdinalIgnoreCase))
            return name;
        // DisplayName may already end in "(DPO)"; a second bracket would read as a typo.
        return name.EndsWith(')') ? $"{name} – {acronym}" : $"{name} ({acronym})";
    }

    /// <summary>The full name when it fits on a button, else the acronym, else the name cut at a word.</summary>
    public static string ButtonLabel(Unit unit, UnitDirectory? directory = null)
    {
        var name = directory?.DisplayName(unit) ?? unit.Name;
        if (name.Length <= MaxButtonLabel)
            return name;
        return unit.Acronyms.FirstOrDefault() ?? Excerpt.Shorten(name, MaxButtonLabel);
    }

    /// <summary>
    /// The title as it reads inside a sentence: "the Police Division (PD)", "the UN Mine Action Service (UNMAS)";
    /// "Cluster I Country Support" takes no article.
    /// </summary>
    public static string InSentence(Unit unit, UnitDirectory directory, bool startsSentence = false)
    {
        var title = Title(unit, directory);
        if (unit.Kind == UnitKind.Cluster)
            return title;
        return (startsSentence ? "The " : "the ") + title;
    }

    /// <summary>"Department of Peace Operations › Office of Rule of Law and Security Institutions › Police Division".</summary>
    public static string Breadcrumb(Unit unit, UnitDirectory directory) =>
        string.Join(BreadcrumbSeparator, directory.Ancestors(unit).Select(u => u.Name).Append(directory.DisplayName(unit)));

    /// <summary>"Source: e-Guide, section 1.2", without the section when the guide's place is unknown, or the web pages in knowledge/web.</summary>
    public static string Source(string? section) =>
        string.IsNullOrWhiteSpace(section) ? "Source: e-Guide"
        : section == Passage.WebSection ? "Source: UN peacekeeping web pages"
        : char.IsDigit(section.Trim()[0]) ? $"Source: e-Guide, section {section.Trim()}"
        : $"Source: e-Guide, {section.Trim()}"; // "Introduction", not "section Introduction"
}
