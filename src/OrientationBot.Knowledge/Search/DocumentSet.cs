namespace OrientationBot.Knowledge.Search;

/// <summary>
/// An immutable set of documents, by their number in <see cref="IUnitIndex.Documents"/>, one bit each: the index has
/// a few hundred documents, so a set is a few words and testing a document costs a shift and a mask.
/// </summary>
public sealed class DocumentSet
{
    private readonly ulong[] _bits;
    private readonly bool _isEmpty;

    private DocumentSet(ulong[] bits)
    {
        _bits = bits;
        _isEmpty = Array.TrueForAll(bits, word => word == 0);
    }

    /// <summary>The set of the given documents, out of <paramref name="documentCount"/>.</summary>
    public static DocumentSet Of(int documentCount, IEnumerable<int> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var bits = Words(documentCount);
        foreach (var document in documents)
            bits[document / 64] |= 1UL << (document % 64);
        return new DocumentSet(bits);
    }

    public static DocumentSet Empty(int documentCount) => new(Words(documentCount));

    public static DocumentSet All(int documentCount) => Of(documentCount, Enumerable.Range(0, documentCount));

    public bool IsEmpty => _isEmpty;

    public bool Contains(int document) => (_bits[document / 64] & (1UL << (document % 64))) != 0;

    /// <summary>The documents in either set (of the same documents); one of the two itself when the other adds nothing.</summary>
    public DocumentSet Union(DocumentSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._isEmpty || ReferenceEquals(other, this))
            return this;
        if (_isEmpty)
            return other;
        var bits = new ulong[_bits.Length];
        for (var i = 0; i < bits.Length; i++)
            bits[i] = _bits[i] | other._bits[i];
        return new DocumentSet(bits);
    }

    /// <summary>The documents in both sets (of the same documents).</summary>
    public DocumentSet Intersect(DocumentSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_isEmpty || ReferenceEquals(other, this))
            return this;
        if (other._isEmpty)
            return other;
        var bits = new ulong[_bits.Length];
        for (var i = 0; i < bits.Length; i++)
            bits[i] = _bits[i] & other._bits[i];
        return new DocumentSet(bits);
    }

    private static ulong[] Words(int documentCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        return new ulong[(documentCount + 63) / 64];
    }
}
