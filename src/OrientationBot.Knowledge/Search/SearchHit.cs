namespace OrientationBot.Knowledge.Search;

/// <summary>A document the index matched, with its bm25 score made positive (higher is better).</summary>
public sealed record SearchHit(IndexDocument Document, double Score);
