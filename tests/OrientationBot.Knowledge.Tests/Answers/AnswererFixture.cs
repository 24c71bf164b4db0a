using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers;

/// <summary>One index and answerer over the real knowledge folder, shared by every answer test.</summary>
public static class AnswererFixture
{
    private static readonly Lazy<LuceneUnitIndex> LazyIndex = new(() => new LuceneUnitIndex(KnowledgeFixture.Directory));

    public static LuceneUnitIndex Index => LazyIndex.Value;

    public static Answerer Answerer { get; } = new(KnowledgeFixture.Directory, Index);

    public static Bm25Baseline Baseline { get; } = new(KnowledgeFixture.Directory, Index);

    public static IReadOnlyList<EvaluationQuestion> Questions { get; } = EvaluationQuestion.Read(KnowledgeFixture.TestData("questions.tsv"));
}
