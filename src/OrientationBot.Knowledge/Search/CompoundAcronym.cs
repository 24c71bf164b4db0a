using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>
/// The guide names offices by compound acronyms, "OUSG-DPO": the OUSG of DPO. People write "the OUSG in DPO",
/// so the head ("OUSG") names the unit too whenever the tail is the acronym of one of its ancestors.
/// </summary>
public static class CompoundAcronym
{
    /// <summary>The heads of the unit's compound acronyms whose tail names an ancestor.</summary>
    public static IEnumerable<string> Heads(UnitDirectory directory, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(unit);
        var ancestorKeys = directory.Ancestors(unit).SelectMany(a => a.Acronyms).Select(TextTokens.AcronymKey).ToHashSet(StringComparer.Ordinal);
        foreach (var acronym in unit.Acronyms)
        {
            var dash = acronym.LastIndexOf('-');
            if (dash > 1 && ancestorKeys.Contains(TextTokens.AcronymKey(acronym[(dash + 1)..])))
                yield return acronym[..dash];
        }
    }
}
