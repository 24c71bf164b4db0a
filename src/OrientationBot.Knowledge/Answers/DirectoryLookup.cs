using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The directory looked up the way the answerer needs it, built once: units and glossary entries by the acronym a
/// question types, units by their email, guide entries by id.
/// </summary>
public sealed class DirectoryLookup(UnitDirectory directory)
{
    // Acronym-like aliases count ("CLJAS" is the Justice and Corrections Service's old name); the first unit wins a
    // shared key, though the guide has none.
    private readonly Dictionary<string, Unit> _unitByAcronym = directory.Units
        .SelectMany(u => u.Acronyms.Concat(u.Aliases).Select(a => (Key: TextTokens.AcronymKey(a), Unit: u)))
        .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);

    private readonly Dictionary<string, GlossaryEntry> _glossary = directory.Glossary
        .GroupBy(g => TextTokens.AcronymKey(g.Acronym), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Dictionary<string, Unit> _unitByEmail = directory.Units
        .SelectMany(u => u.Emails.Select(e => (Email: e, Unit: u)))
        .GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, GuideEntry> _guide = directory.GuideEntries.ToDictionary(g => g.Id, StringComparer.Ordinal);

    /// <summary>The unit an acronym key (see <see cref="TextTokens.AcronymKey"/>) names, or null.</summary>
    public Unit? UnitByAcronym(string key) => _unitByAcronym.GetValueOrDefault(key);

    /// <summary>The glossary entry for an acronym key, or null.</summary>
    public GlossaryEntry? Glossary(string key) => _glossary.GetValueOrDefault(key);

    public GuideEntry? GuideEntry(string id) => _guide.GetValueOrDefault(id);

    /// <summary>The unit the guide gives this email for, or null.</summary>
    public Unit? UnitByEmail(string email) => _unitByEmail.GetValueOrDefault(email);
}
