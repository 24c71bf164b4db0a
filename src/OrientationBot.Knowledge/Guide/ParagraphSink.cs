using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Decides where one paragraph of guide prose belongs: a unit's description, its cross-references,
/// emails or people — or nowhere, for video captions, pull quotes and link labels.
/// </summary>
internal sealed partial class ParagraphSink(UnitRegistry registry)
{
    public void Add(string paragraph, UnitDraft unit)
    {
        var crossReferences = GuideLines.CrossReferencesIn(paragraph).ToList();
        if (crossReferences.Count > 0)
        {
            foreach (var reference in crossReferences)
                unit.CrossReferences.AddDistinct(reference);
            return;
        }
        foreach (var email in GuideLines.EmailsIn(paragraph))
            OwnerOfSentence(paragraph, unit).Emails.AddDistinct(email);
        ReadPeople(paragraph);
        if (IsCaption(paragraph))
            return;
        SidebarOwner(paragraph, unit).Paragraphs.Add(paragraph);
    }

    /// <summary>Video captions, pull quotes and speaker lines: short, unpunctuated or quoted.</summary>
    private static bool IsCaption(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words < 8
            || Minutes().IsMatch(paragraph)
            || paragraph.StartsWith('\u201C')
            || paragraph.Contains("video", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains(" speaks ", StringComparison.Ordinal)
            || !paragraph.TrimEnd().EndsWith('.') && words < 20;
    }

    /// <summary>"Email ITS for more information at …" belongs to ITS wherever the page prints it.</summary>
    private UnitDraft OwnerOfSentence(string paragraph, UnitDraft fallback)
    {
        foreach (Match word in AcronymWord().Matches(paragraph))
        {
            if (registry.Find(word.Value) is { } named && named.Acronyms.Contains(word.Value))
                return named;
        }
        return fallback;
    }

    /// <summary>A box set beside the text that starts with another unit's acronym ("SSRU manages …") is that unit's.</summary>
    private UnitDraft SidebarOwner(string paragraph, UnitDraft current)
    {
        var first = AcronymWord().Match(paragraph);
        if (first.Success && first.Index == 0 && registry.Find(first.Value) is { } named
            && named != current && named.Acronyms.Contains(first.Value))
            return named;
        return current;
    }

    /// <summary>"Mr. Jean-Pierre Lacroix is the current Under-Secretary-General for Peace Operations (USG-DPO)".</summary>
    private void ReadPeople(string paragraph)
    {
        foreach (Match m in CurrentHolder().Matches(paragraph))
        {
            var role = m.Groups["role"].Value.Trim();
            var person = new Person($"{m.Groups["title"].Value} {m.Groups["name"].Value}".Trim(), role);
            var area = role.Contains(" for ") ? role[(role.IndexOf(" for ", StringComparison.Ordinal) + 5)..] : role;
            foreach (var department in registry.All.Where(u => u.Kind == UnitKind.Department && u.Key.EndsWith(UnitNameKey.From(area), StringComparison.Ordinal)))
            {
                if (!department.People.Contains(person))
                    department.People.Add(person);
            }
        }
    }

    [GeneratedRegex(@"\b\d+[:.]\d+ Minutes\b")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"\b[A-Z][A-Z\-]{1,10}\b")]
    private static partial Regex AcronymWord();

    [GeneratedRegex(@"(?<title>Mr\.|Ms\.|Mrs\.|Dr\.)\s+(?<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+is the current\s+(?<role>[^(.]+)")]
    private static partial Regex CurrentHolder();
}
