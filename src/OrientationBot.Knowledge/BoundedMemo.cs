using System.Collections.Concurrent;

namespace OrientationBot.Knowledge;

/// <summary>
/// Values worked out once per key and remembered, safe to share between threads, with a bound on memory: past it the
/// memo starts afresh. A bound, not a cache policy: what is asked now fills it again.
/// </summary>
/// <remarks>
/// The size is counted here, not asked of the dictionary: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes
/// every lock of the table, and under load that cost more than the hash the memo saves.
/// </remarks>
public sealed class BoundedMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values;
    private readonly int _capacity;
    private int _count;

    public BoundedMemo(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _values = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    public bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>The remembered value, else the one <paramref name="compute"/> gives, remembered.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_values.TryGetValue(key, out var known))
            return known;
        var value = compute(key);
        TryAdd(key, value);
        return value;
    }

    /// <summary>Remembers the value unless the key is already here; false when it was.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        MakeRoom();
        if (!_values.TryAdd(key, value))
            return false;
        Interlocked.Increment(ref _count);
        return true;
    }

    /// <summary>Remembers the value, replacing what the key had.</summary>
    public void Set(TKey key, TValue value)
    {
        if (!TryAdd(key, value))
            _values[key] = value;
    }

    public bool Remove(TKey key)
    {
        if (!_values.TryRemove(key, out _))
            return false;
        Interlocked.Decrement(ref _count);
        return true;
    }

    public void Clear()
    {
        Volatile.Write(ref _count, 0);
        _values.Clear();
    }

    private void MakeRoom()
    {
        // Racing adders may both clear: harmless, the memo only starts afresh twice.
        if (Volatile.Read(ref _count) >= _capacity)
            Clear();
    }
}
