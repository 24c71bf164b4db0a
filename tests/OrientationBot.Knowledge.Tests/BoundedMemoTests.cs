namespace OrientationBot.Knowledge.Tests;

public sealed class BoundedMemoTests
{
    [Fact]
    public void GetOrAdd_SameKeyTwice_ComputesOnce()
    {
        var memo = new BoundedMemo<string, int>(10, StringComparer.Ordinal);
        var computed = 0;

        memo.GetOrAdd("dpet", k => ++computed);
        var second = memo.GetOrAdd("dpet", k => ++computed);

        Assert.Equal(1, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void TryAdd_PastTheBound_StartsAfreshWithTheNewKey()
    {
        var memo = new BoundedMemo<int, int>(3);
        for (var i = 0; i < 3; i++)
            Assert.True(memo.TryAdd(i, i));

        Assert.True(memo.TryAdd(3, 3));

        Assert.True(memo.TryGetValue(3, out _));
        Assert.False(memo.TryGetValue(0, out _));
    }

    [Fact]
    public void Remove_FreesRoomSoTheBoundCountsOnlyWhatIsHeld()
    {
        var memo = new BoundedMemo<int, int>(2);
        memo.TryAdd(1, 1);
        memo.TryAdd(2, 2);
        Assert.True(memo.Remove(2));
        Assert.False(memo.Remove(2));

        memo.TryAdd(3, 3);

        Assert.True(memo.TryGetValue(1, out _)); // not cleared: two held, not three
        Assert.True(memo.TryGetValue(3, out _));
    }

    [Fact]
    public void Set_AnExistingKey_ReplacesItsValue()
    {
        var memo = new BoundedMemo<string, string>(5);
        memo.Set("unit", "old");

        memo.Set("unit", "new");

        Assert.True(memo.TryGetValue("unit", out var value));
        Assert.Equal("new", value);
    }

    [Fact]
    public void TryAdd_FromManyThreads_KeepsTheBound()
    {
        var memo = new BoundedMemo<int, int>(100);

        Parallel.For(0, 10_000, i => memo.TryAdd(i, i));

        var held = Enumerable.Range(0, 10_000).Count(i => memo.TryGetValue(i, out _));
        Assert.InRange(held, 1, 100 + Environment.ProcessorCount);
    }
}
