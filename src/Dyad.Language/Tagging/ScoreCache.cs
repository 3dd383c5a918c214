using System.Numerics;
using System.Runtime.InteropServices;

namespace Dyad.Language.Tagging;

/// <summary>
/// A bounded, direct-mapped cache of exact integer class sums (<see cref="PerceptronWeights.Accumulate"/>) by 64-bit
/// group key (<see cref="IGroupedFeatureExtractor.GroupKey"/>), for one tagger on one thread. A key that lands on an
/// occupied slot replaces its entry, so memory stays fixed.
/// </summary>
internal sealed class ScoreCache
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <summary>Creates an empty cache of <paramref name="capacity"/> (a power of two) rows for <paramref name="owner"/>.</summary>
    public ScoreCache(SequenceTagger owner, int capacity)
    {
        if (capacity < 1 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        Owner = owner;
        Stride = owner.Weights.Stride;
        _keys = new ulong[capacity];
        _rows = new int[capacity * Stride];
        _mask = capacity - 1;
    }

    /// <summary>The tagger whose weights the rows were summed from.</summary>
    public SequenceTagger Owner { get; }

    /// <summary>Number of rows the cache holds at most.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Sums per row: <see cref="PerceptronWeights.Stride"/> (the padding stays zero).</summary>
    public int Stride { get; }

    /// <summary>Number of filled rows.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The row of <paramref name="key"/>; <paramref name="found"/> tells whether it holds that key's scores. When not,
    /// the row now belongs to the key, cleared, and the caller must fill it.
    /// </summary>
    public Span<int> Row(ulong key, out bool found)
    {
        key = key == 0 ? 1 : key; // 0 marks an empty slot
        var slot = (int)key & _mask;
        var row = _rows.AsSpan(slot * Stride, Stride);
        ref var stored = ref _keys[slot];
        found = stored == key;
        if (!found)
        {
            Count += stored == 0 ? 1 : 0;
            stored = key;
            row.Clear();
        }

        return row;
    }

    /// <summary>Adds <paramref name="row"/> (a whole row of <see cref="Stride"/> sums) to <paramref name="sums"/> (at least as long).</summary>
    public static void Add(ReadOnlySpan<int> row, Span<int> sums)
    {
        var from = MemoryMarshal.Cast<int, Vector<int>>(row);
        var to = MemoryMarshal.Cast<int, Vector<int>>(sums[..row.Length]);
        for (var v = 0; v < from.Length; v++)
        {
            to[v] += from[v];
        }
    }
}
