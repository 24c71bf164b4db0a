namespace OrientationBot.Knowledge.Search;

/// <summary>A document the index matched, with its bm25 score made positive (higher is better).</summary>
/// <remarks>A value: a search returns forty of them per question, and they live no longer than its ranking.</remarks>
public readonly record struct SearchHit(IndexDocument Document, double Score);
