using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Language.Tagging;

/// <summary>
/// A bounded, two-way set-associative cache of exact integer class sums (<see cref="PerceptronWeights.Accumulate"/>)
/// by 64-bit group key (<see cref="IGroupedFeatureExtractor.GroupKey"/>), for one tagger on one thread. A key whose
/// set is full replaces the entry of the two used less recently, so memory stays fixed and frequent keys stay.
/// </summary>
/// <remarks>
/// Used by <see cref="SequenceTagger"/> (part of speech, chunks) and by the entity tagger's stages; each thread keeps
/// the caches of its last <see cref="PerThread"/> owners (<see cref="ForThread"/>).
/// </remarks>
internal sealed class ScoreCache
{
    /// <summary>Groups whose rows <see cref="Sum"/> prefetches (an extractor with more has the rest looked up unprefetched).</summary>
    private const int MaxGroups = 8;

    /// <summary>How many owners' caches one thread keeps; the oldest is dropped for a new one.</summary>
    public const int PerThread = 8;

    [ThreadStatic]
    private static ScoreCache?[]? t_caches;

    [ThreadStatic]
    private static int t_next;

    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly byte[] _recent;
    private readonly int _mask;

    /// <summary>Creates an empty cache of <paramref name="capacity"/> (a power of two) rows of <paramref name="stride"/> sums for <paramref name="owner"/>.</summary>
    /// <param name="owner">The tagger (or tagger stage) whose weights the rows are summed from.</param>
    /// <param name="stride">Sums per row: a multiple of <see cref="Vector{T}.Count"/> for <see cref="int"/>.</param>
    /// <param name="capacity">Rows, a power of two.</param>
    public ScoreCache(object owner, int stride, int capacity)
    {
        if (stride <= 0 || stride % Vector<int>.Count != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stride), stride, $"The stride must be a positive multiple of {Vector<int>.Count}.");
        }

        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two, at least 2.");
        }

        Owner = owner;
        Stride = stride;
        _keys = new ulong[capacity];
        _rows = new int[capacity * Stride];
        _recent = new byte[capacity / 2];
        _mask = (capacity / 2) - 1;
    }

    /// <summary>The tagger (or stage) whose weights the rows were summed from.</summary>
    public object Owner { get; }

    /// <summary>Number of rows the cache holds at most.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Sums per row: <see cref="PerceptronWeights.Stride"/> (the padding stays zero).</summary>
    public int Stride { get; }

    /// <summary>Number of filled rows.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's cache for <paramref name="owner"/>, made on first use (a thread keeps a few, the newest).</summary>
    public static ScoreCache ForThread(object owner, int stride, int capacity)
    {
        var caches = t_caches ??= new ScoreCache?[PerThread];
        foreach (var cache in caches)
        {
            if (ReferenceEquals(cache?.Owner, owner))
            {
                return cache!;
            }
        }

        var made = new ScoreCache(owner, stride, capacity);
        caches[t_next] = made;
        t_next = (t_next + 1) % caches.Length;
        return made;
    }

    /// <summary>Rows filled in this thread's cache for <paramref name="owner"/>, or 0 when it has none.</summary>
    public static int CountForThread(object owner)
    {
        foreach (var cache in t_caches ?? [])
        {
            if (ReferenceEquals(cache?.Owner, owner))
            {
                return cache!.Count;
            }
        }

        return 0;
    }

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

    /// <summary>
    /// Asks the processor to start loading the set that <paramref name="key"/> maps to (its two keys and both rows,
    /// which sit side by side), so that the loads overlap other work (the contextual features' sums) instead of
    /// stalling <see cref="Row"/> later. Reads nothing and changes nothing; a no-op where the processor has no
    /// prefetch instruction.
    /// </summary>
    public unsafe void Prefetch(ulong key)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        key = key == 0 ? 1 : key;
        var slot = 2 * ((int)key & _mask);
        // Unpinned addresses: should the collector move the arrays meanwhile, a prefetch of the old address is harmless
        // (prefetches never fault), and these arrays are large enough to live on the large-object heap anyway.
        Sse.Prefetch0(Unsafe.AsPointer(ref _keys[slot]));
        var rows = (byte*)Unsafe.AsPointer(ref _rows[slot * Stride]);
        var bytes = 2 * Stride * sizeof(int);
        for (var offset = 0; offset < bytes; offset += 64)
        {
            Sse.Prefetch0(rows + offset);
        }
    }

    /// <summary>
    /// Writes to <paramref name="sums"/> the exact integer class sums of every feature of <paramref name="extractor"/>
    /// at <paramref name="index"/>: without a cache, straight from the weights; with one, the contextual features'
    /// sums afresh plus each group's cached row (summed and stored first when missing). Integer sums do not depend on
    /// the order of addition, so both ways give the same numbers.
    /// </summary>
    /// <param name="cache">This thread's cache for the weights' owner, or null to score every feature afresh.</param>
    /// <param name="extractor">The features; must be an <see cref="IGroupedFeatureExtractor"/> when <paramref name="cache"/> is given.</param>
    /// <param name="weights">The integer weights.</param>
    /// <param name="input">The sentence and its columns.</param>
    /// <param name="index">The position.</param>
    /// <param name="previousTag">The label predicted at <paramref name="index"/> − 1, or −1.</param>
    /// <param name="previousTag2">The label predicted at <paramref name="index"/> − 2, or −1.</param>
    /// <param name="buffer">A reusable feature buffer.</param>
    /// <param name="sums">Receives the sums (cleared first); a whole row of the weights' stride.</param>
    public static void Sum<TWeights>(ScoreCache? cache, ISequenceFeatureExtractor extractor, TWeights weights, in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer buffer, Span<int> sums)
        where TWeights : IIntegerWeights
    {
        buffer.Clear();
        sums.Clear();
        if (cache is null)
        {
            extractor.Extract(input, index, previousTag, previousTag2, buffer);
            weights.Accumulate(buffer.Keys, sums);
            return;
        }

        // The groups' keys first, and their rows asked for, so that the rows arrive while the context is summed.
        var grouped = (IGroupedFeatureExtractor)extractor;
        Span<ulong> keys = stackalloc ulong[MaxGroups];
        var groups = Math.Min(grouped.GroupCount, MaxGroups);
        for (var g = 0; g < groups; g++)
        {
            keys[g] = grouped.GroupKey(input, index, previousTag, previousTag2, g);
            cache.Prefetch(keys[g]);
        }

        grouped.ExtractContext(input, index, previousTag, previousTag2, buffer);
        weights.Accumulate(buffer.Keys, sums);
        for (var g = 0; g < grouped.GroupCount; g++)
        {
            var row = cache.Row(g < groups ? keys[g] : grouped.GroupKey(input, index, previousTag, previousTag2, g), out var found);
            if (!found)
            {
                buffer.Clear();
                grouped.ExtractGroup(input, index, previousTag, previousTag2, g, buffer);
                weights.Accumulate(buffer.Keys, row);
            }

            Add(row, sums);
        }
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
