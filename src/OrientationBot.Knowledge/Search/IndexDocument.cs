namespace OrientationBot.Knowledge.Search;

/// <summary>
/// One searchable document, precomputed at build time: the stems of each field, so ranking never
/// re-tokenises the guide per question.
/// </summary>
public sealed record IndexDocument
{
    public required DocumentKind Kind { get; init; }

    /// <summary>Unit id, glossary acronym or guide entry id.</summary>
    public required string Key { get; init; }

    /// <summary>Content stems of the name (or expansion, or title).</summary>
    public required IReadOnlySet<string> NameStems { get; init; }

    /// <summary>Acronym keys (see <see cref="TextTokens.AcronymKey"/>) the document answers to.</summary>
    public required IReadOnlySet<string> AcronymKeys { get; init; }

    /// <summary>Each alias as its own set of content stems, so an alias matches only when all of it is asked.</summary>
    public required IReadOnlyList<IReadOnlySet<string>> AliasStems { get; init; }

    /// <summary>The name's stems and every alias's, in one set: what makes a question word part of the document's identity.</summary>
    public required IReadOnlySet<string> IdentityStems { get; init; }

    /// <summary>Stems and acronym keys of the ancestors' names: "the SSR unit in OROLSI".</summary>
    public required IReadOnlySet<string> ContextStems { get; init; }

    /// <summary>Every stem of every field, body included.</summary>
    public required IReadOnlySet<string> AllStems { get; init; }

    /// <summary>
    /// Pairs of content stems that stand next to each other in the name, an alias or the body ("impact project"),
    /// as "first second": a question's words in the same order are stronger evidence than the same words scattered.
    /// </summary>
    public required IReadOnlySet<string> StemPairs { get; init; }

    /// <summary>
    /// For each body stem, the sentences of the body that hold it (numbered from 0): whether a question's topic words
    /// meet in one sentence, or are merely scattered over a long text.
    /// </summary>
    public required IReadOnlyDictionary<string, int[]> SentencesByStem { get; init; }

    /// <summary>How many sentences the body has (the bound of <see cref="SentencesByStem"/>'s numbers).</summary>
    public required int SentenceCount { get; init; }

    /// <summary>The words as the guide spells them, for the spelling corrector's vocabulary.</summary>
    public required IReadOnlyList<string> SurfaceWords { get; init; }

    /// <summary>The index's field texts: name, acronyms, aliases, context, body (space-joined stems).</summary>
    public required string[] Columns { get; init; }
}
