namespace OrientationBot.Knowledge.Search;

/// <summary>The search engine behind the answerer; Lucene.Net today, replaceable by any engine that ranks the same documents.</summary>
public interface IUnitIndex
{
    /// <summary>Everything indexed: units, glossary acronyms that name no unit, guide entries.</summary>
    IReadOnlyList<IndexDocument> Documents { get; }

    IndexVocabulary Vocabulary { get; }

    /// <summary>Documents matching any of the stems, best first, weighted so names and acronyms count more than prose.</summary>
    IReadOnlyList<SearchHit> Search(IReadOnlyCollection<string> stems, int limit);
}
