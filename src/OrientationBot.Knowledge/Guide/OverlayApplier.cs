using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Applies the curated overlay. An entry naming a unit the guide does not have is an error, not a silent no-op.</summary>
internal static class OverlayApplier
{
    /// <summary>Units and trees the text cannot give (organigramme columns); run before the prose is read.</summary>
    public static void ApplyStructure(OverlayFile overlay, UnitRegistry registry)
    {
        foreach (var unit in overlay.Units)
        {
            var draft = registry.Find(unit.Name) ?? registry.Add(unit.Name, null);
            if (unit.Kind is not null)
                draft.Kind = Enum.Parse<UnitKind>(unit.Kind);
            draft.Aliases.AddRange(unit.Aliases ?? []);
            draft.Acronyms.AddRange(unit.Acronyms ?? []);
            draft.Summary = unit.Summary ?? draft.Summary;
        }
        foreach (var tree in overlay.Organigrammes)
        {
            var parent = registry.Find(tree.Parent) ?? registry.Add(tree.Parent, null);
            foreach (var child in tree.Children)
            {
                var existing = registry.Find(child);
                if (existing is null || existing.Parent is not null && existing.Parent != parent)
                    registry.Add(child, parent);
                else
                    parent.AddChild(existing);
            }
        }
        foreach (var move in overlay.Parents)
            Require(registry, move.Parent).AddChild(Require(registry, move.Unit));
    }

    /// <summary>Names, acronyms and contacts; run after the prose so they can name any unit.</summary>
    public static void ApplyNames(OverlayFile overlay, UnitRegistry registry)
    {
        foreach (var entry in overlay.Acronyms)
            Require(registry, entry.Unit).Acronyms.AddDistinct(entry.Acronym);
        foreach (var entry in overlay.Aliases)
        {
            foreach (var name in entry.Names)
                Require(registry, entry.Unit).Aliases.AddDistinct(name);
        }
        foreach (var entry in overlay.Contacts)
            Require(registry, entry.Unit).Emails.AddDistinct(entry.Email);
    }

    internal static UnitDraft Require(UnitRegistry registry, string name) =>
        registry.Find(name) ?? throw new InvalidDataException($"knowledge/overlay.json names '{name}', which the guide does not have.");

    internal static void AddDistinct(this List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
            list.Add(value);
    }
}
