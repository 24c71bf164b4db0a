namespace OrientationBot.Knowledge.Search;

/// <summary>The documents a question word is in, by number: what <see cref="QueryTerm.PresenceIn"/> works out once per question.</summary>
/// <param name="Mentioned">Where <see cref="QueryTerm.IsIn"/> holds.</param>
/// <param name="Named">Where <see cref="QueryTerm.IdentityIn"/> is 1.</param>
/// <param name="NamesAncestor">Where <see cref="QueryTerm.IdentityIn"/> is ½ unless the word is named there too.</param>
public readonly record struct TermPresence(DocumentSet Mentioned, DocumentSet Named, DocumentSet NamesAncestor)
{
    /// <summary>See <see cref="QueryTerm.IsIn"/>.</summary>
    public bool IsIn(int document) => Mentioned.Contains(document);

    /// <summary>See <see cref="QueryTerm.IdentityIn"/>.</summary>
    public double IdentityIn(int document)
    {
        if (Named.Contains(document))
            return 1;
        return NamesAncestor.Contains(document) ? 0.5 : 0;
    }
}
