namespace OrientationBot.Knowledge.Search;

/// <summary>
/// One content word of a question after correction: its stem, the acronym it spells (if any) with that
/// acronym's expansions, and the weight (idf) it carries as evidence.
/// </summary>
public sealed record QueryTerm(string Word, string Stem, string? AcronymKey, IReadOnlyList<IReadOnlySet<string>> Expansions, double Weight, bool Corrected)
{
    /// <summary>Whether the document mentions the word anywhere (directly, as its acronym, or by the acronym's expansion).</summary>
    public bool IsIn(IndexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.AllStems.Contains(Stem) || document.ContextStems.Contains(Stem))
            return true;
        if (AcronymKey is null)
            return false;
        var lower = AcronymKey.ToLowerInvariant();
        if (document.AcronymKeys.Contains(AcronymKey) || document.AllStems.Contains(lower) || document.ContextStems.Contains(lower))
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
        if (document.NameStems.Contains(Stem) || (AcronymKey is not null && document.AcronymKeys.Contains(AcronymKey)))
            return 1;
        foreach (var alias in document.AliasStems)
        {
            if (alias.Contains(Stem))
                return 1;
        }
        if (document.ContextStems.Contains(Stem) || (AcronymKey is not null && document.ContextStems.Contains(AcronymKey.ToLowerInvariant())))
            return 0.5;
        return 0;
    }
}
