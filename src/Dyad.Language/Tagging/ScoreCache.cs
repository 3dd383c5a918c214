using System.Numerics;
using System.Runtime.InteropServices;

namespace Dyad.Language.Tagging;

/// <summary>
/// A bounded, two-way set-associative cache of exact integer class sums (<see cref="PerceptronWeights.Accumulate"/>)
/// by 64-bit group key (<see cref="IGroupedFeatureExtractor.GroupKey"/>), for one tagger on one thread. A key whose
/// set is full replaces the entry of the two used less recently, so memory stays fixed and frequent keys stay.
/// </summary>
internal sealed class ScoreCache
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly byte[] _recent;
    private readonly int _mask;

    /// <summary>Creates an empty cache of <paramref name="capacity"/> (a power of two) rows for <paramref name="owner"/>.</summary>
    public ScoreCache(SequenceTagger owner, int capacity)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two, at least 2.");
        }

        Owner = owner;
        Stride = owner.Weights.Stride;
        _keys = new ulong[capacity];
        _rows = new int[capacity * Stride];
        _recent = new byte[capacity / 2];
        _mask = (capacity / 2) - 1;
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
        var set = (int)key & _mask;
        var slot = 2 * set;
        found = true;
        if (_keys[slot] != key)
        {
            slot++;
            if (_keys[slot] != key)
            {
                // Replace the way not used last.
                found = false;
                slot = (2 * set) + 1 - _recent[set];
                Count += _keys[slot] == 0 ? 1 : 0;
                _keys[slot] = key;
                _rows.AsSpan(slot * Stride, Stride).Clear();
            }
        }

        _recent[set] = (byte)(slot & 1);
        return _rows.AsSpan(slot * Stride, Stride);
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
