using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>
/// Builds the acronym glossary from every "long form (ACR)" the sources define, and gives each unit the
/// acronyms whose long form is its name ("The Police Division (PD)", "The Security Sector Reform (SSR) Unit").
/// </summary>
internal static class GlossaryBuilder
{
    public sealed record Source(string Text, Func<int, string?> SectionAt);

    public static List<(AcronymFinder.Definition Definition, string? Section)> Collect(IEnumerable<Source> sources)
    {
        var found = new List<(AcronymFinder.Definition, string?)>();
        foreach (var source in sources)
        {
            foreach (var definition in AcronymFinder.Find(source.Text))
            {
                if (!found.Any(f => f.Item1.Acronym == definition.Acronym))
                    found.Add((definition, source.SectionAt(definition.Position)));
            }
        }
        return found;
    }

    public static void AssignToUnits(IEnumerable<AcronymFinder.Definition> definitions, UnitRegistry registry)
    {
        foreach (var definition in definitions)
        {
            var unit = UnitNamed(definition, registry);
            if (unit is not null)
                unit.Acronyms.AddDistinct(definition.Acronym);
        }
    }

    public static List<GlossaryEntry> Entries(
        IEnumerable<(AcronymFinder.Definition Definition, string? Section)> found,
        Func<UnitDraft, string> idOf,
        UnitRegistry registry,
        IEnumerable<OverlayTerm> terms) =>
        found.Select(f => new GlossaryEntry(
                f.Definition.Acronym,
                f.Definition.LongForm,
                f.Section,
                registry.All.FirstOrDefault(u => u.Acronyms.Contains(f.Definition.Acronym)) is { } unit ? idOf(unit) : null))
            .Concat(OverlayOnly(found, idOf, registry))
            .Concat(OverlayTerms(found, terms, idOf, registry))
            .OrderBy(e => e.Acronym, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The overlay's terms the finder did not read; one it did read stays as the text defines it.</summary>
    private static IEnumerable<GlossaryEntry> OverlayTerms(
        IEnumerable<(AcronymFinder.Definition Definition, string? Section)> found,
        IEnumerable<OverlayTerm> terms,
        Func<UnitDraft, string> idOf,
        UnitRegistry registry)
    {
        var defined = found.Select(f => f.Definition.Acronym).ToHashSet();
        foreach (var term in terms.Where(t => !defined.Contains(t.Acronym)))
        {
            var unit = term.Unit is null ? null : OverlayApplier.Require(registry, term.Unit);
            yield return new GlossaryEntry(term.Acronym, term.Expansion, term.Section, unit is null ? null : idOf(unit));
        }
    }

    /// <summary>Acronyms the overlay gives a unit that the text never spells out in brackets.</summary>
    private static IEnumerable<GlossaryEntry> OverlayOnly(
        IEnumerable<(AcronymFinder.Definition Definition, string? Section)> found, Func<UnitDraft, string> idOf, UnitRegistry registry)
    {
        var defined = found.Select(f => f.Definition.Acronym).ToHashSet();
        foreach (var unit in registry.All)
        {
            foreach (var acronym in unit.Acronyms.Where(a => !defined.Contains(a) && !a.Contains('-')))
                yield return new GlossaryEntry(acronym, unit.Name, unit.Section, idOf(unit));
        }
    }

    /// <summary>
    /// The unit a long form names: the same name, the name without its kind word ("SSR" → "Security Sector
    /// Reform Unit"), or with a leading "UN". "OUSG-DPO" goes to the office of that name inside DPO.
    /// </summary>
    private static UnitDraft? UnitNamed(AcronymFinder.Definition definition, UnitRegistry registry)
    {
        var key = UnitNameKey.From(definition.LongForm);
        var withoutUn = key.StartsWith("un ", StringComparison.Ordinal) ? key[3..] : key;
        var candidates = registry.All.Where(u =>
            u.Key == key || u.Key == withoutUn
            || u.Key.StartsWith(key + " ", StringComparison.Ordinal) && u.Key.Split(' ').Length == key.Split(' ').Length + 1
                && UnitKindReader.EndsWithKindWord(u.Name)).ToList();
        var dash = definition.Acronym.IndexOf('-');
        if (dash > 0)
        {
            var within = definition.Acronym[(dash + 1)..];
            candidates = candidates.Where(u => u.Ancestors().Any(a => a.Acronyms.Contains(within))).ToList();
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
