namespace OrientationBot.Knowledge.Search;

/// <summary>
/// One content word of a question after correction: its stem, the acronym it spells (if any) with that
/// acronym's expansions, and the weight (idf) it carries as evidence.
/// </summary>
public sealed record QueryTerm(string Word, string Stem, string? AcronymKey, IReadOnlyList<IReadOnlySet<string>> Expansions, double Weight, bool Corrected)
{
    /// <summary>The acronym as the index stores it among words (lower case), or null.</summary>
    private readonly string? _acronymStem = AcronymKey?.ToLowerInvariant();

    /// <summary>
    /// The acronyms (as index stems) of glossary terms the question spells out and this word is part of: a unit that
    /// writes "the LCM" speaks of the "light coordination mechanism" a newcomer types in full.
    /// </summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>Whether the document mentions the word anywhere (directly, as its acronym, or by the acronym's expansion).</summary>
    public bool IsIn(IndexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.AllStems.Contains(Stem) || document.ContextStems.Contains(Stem))
            return true;
        if (AcronymKey is null)
        {
            foreach (var abbreviation in Abbreviations)
            {
                if (document.AllStems.Contains(abbreviation))
                    return true;
            }
            return false;
        }
        if (document.AcronymKeys.Contains(AcronymKey) || document.AllStems.Contains(_acronymStem!) || document.ContextStems.Contains(_acronymStem!))
            return true;
        foreach (var expansion in Expansions)
        {
            if (expansion.IsSubsetOf(document.AllStems))
                return true;
        }
        return false;
    }

    /// <summary>1 when the word is part of the document's own name, acronyms or an alias; ½ when it names an ancestor; else 0.</summary>
    public double IdentityIn(IndexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.IdentityStems.Contains(Stem) || (AcronymKey is not null && document.AcronymKeys.Contains(AcronymKey)))
            return 1;
        if (document.ContextStems.Contains(Stem) || (_acronymStem is not null && document.ContextStems.Contains(_acronymStem)))
            return 0.5;
        return 0;
    }

    /// <summary>
    /// <see cref="IsIn"/> and <see cref="IdentityIn"/> for every document of the index at once, for the ranker's many
    /// hits (see <see cref="StemOccurrences"/>). The two forms must agree: a change to one is a change to the other.
    /// </summary>
    public TermPresence PresenceIn(StemOccurrences occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var stem = occurrences.Of(Stem);
        var mentioned = stem.WithStem.Union(stem.WithContextStem);
        if (AcronymKey is null)
        {
            foreach (var abbreviation in Abbreviations)
                mentioned = mentioned.Union(occurrences.Of(abbreviation).WithStem);
            return new TermPresence(mentioned, stem.WithIdentityStem, stem.WithContextStem);
        }
        var byKey = occurrences.Of(AcronymKey).WithAcronymKey;
        var acronym = occurrences.Of(_acronymStem!);
        mentioned = mentioned.Union(byKey).Union(acronym.WithStem).Union(acronym.WithContextStem);
        foreach (var expansion in Expansions)
            mentioned = mentioned.Union(occurrences.WithEveryStem(expansion));
        return new TermPresence(mentioned, stem.WithIdentityStem.Union(byKey), stem.WithContextStem.Union(acronym.WithContextStem));
    }
}
