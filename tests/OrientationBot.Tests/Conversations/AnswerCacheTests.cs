using OrientationBot.Conversations;

namespace OrientationBot.Tests.Conversations;

public sealed class AnswerCacheTests
{
    [Fact]
    public void GetOrAdd_SameQuestionTwice_AnswersOnce()
    {
        var cache = new AnswerCache(capacity: 10);
        var answered = 0;

        var first = cache.GetOrAdd("what is DPO", q => new TurnOutcome($"answer {++answered}"));
        var second = cache.GetOrAdd("what is DPO", q => new TurnOutcome($"answer {++answered}"));

        Assert.Equal(1, answered);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_CapacityZero_AlwaysAnswers()
    {
        var cache = new AnswerCache(capacity: 0);
        var answered = 0;

        cache.GetOrAdd("q", q => new TurnOutcome($"answer {++answered}"));
        cache.GetOrAdd("q", q => new TurnOutcome($"answer {++answered}"));

        Assert.Equal(2, answered);
    }
}
