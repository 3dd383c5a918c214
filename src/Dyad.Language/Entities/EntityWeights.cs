using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// The entity tagger's trained weights in a layout made for lookup speed: an open-addressing table of feature keys
/// (linear probing, at most two-thirds full, 8-byte slots holding a 32-bit key fingerprint and the row's place) whose
/// slots point into one array of packed (class, 16-bit weight) entries, with a one-byte tag per slot kept apart.
/// Scores are summed as integers in units of one shared scale, so a lookup touches two cache lines and no floats.
/// </summary>
/// <remarks>
/// <see cref="Dictionary{TKey, TValue}"/> costs four dependent memory reads per feature (bucket, entry, row start,
/// weights); with two stages and about 70 features a word each, those reads were most of the tagger's time, and a
/// smaller table keeps more of them in cache. Many features of a word (rare words, bigrams, combinations) are not in
/// the model at all, and each such miss used to cost a cache miss on the slot array; the tag array is an eighth of its
/// size, stays in cache, and answers most misses alone. The full keys are kept aside only to write the model.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class EntityWeights : IIntegerWeights
{
    private const int MaxStart = (1 << 27) - 1;

    private readonly byte[] _tags;
    private readonly Slot[] _slots;
    private readonly ulong[] _keys;
    private readonly int[] _entries;
    private readonly ulong _mask;

    private EntityWeights(int classCount, float scale, ulong[] keys, int[] starts, int[] entries)
    {
        ClassCount = classCount;
        Scale = scale;
        _entries = entries;
        FeatureCount = keys.Length;
        var capacity = 16;
        while (capacity < keys.Length + (keys.Length / 2))
        {
            capacity *= 2;
        }

        _tags = SlotTags.Create(capacity);
        _slots = new Slot[capacity];
        _keys = new ulong[capacity];
        _mask = (ulong)capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var count = starts[row + 1] - starts[row];
            if (count is < 1 or > 31 || starts[row] > MaxStart)
            {
                throw new InvalidDataException($"Entity weights: row {row} has {count} weights from {starts[row]}.");
            }

            var h = keys[row] & _mask;
            while (_tags[h] != 0)
            {
                h = (h + 1) & _mask;
            }

            _tags[h] = SlotTags.Of(keys[row]);
            _slots[h] = new Slot(Fingerprint(keys[row]), ((uint)starts[row] << 5) | (uint)count);
            _keys[h] = keys[row];
        }

        SlotTags.Seal(_tags);
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The class count rounded up to whole vectors of <see cref="int"/>: the row length of a score cache over these weights.</summary>
    public int Stride => (ClassCount + System.Numerics.Vector<int>.Count - 1) / System.Numerics.Vector<int>.Count * System.Numerics.Vector<int>.Count;

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of stored weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>The value of one weight unit.</summary>
    public float Scale { get; }

    /// <summary>Quantises trained weights: each becomes a 16-bit multiple of max |w| / 32767; weights that round to zero are dropped.</summary>
    public static EntityWeights From(AveragedPerceptron perceptron, float pruneBelow)
    {
        ArgumentNullException.ThrowIfNull(perceptron);
        var weights = perceptron.ToWeights(pruneBelow);

        // PerceptronWeights keeps its arrays private; its documented serial form is the way to read them.
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer, quantise: false);
        }

        memory.Position = 0;
        using var reader = new BinaryReader(memory);
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        _ = reader.ReadBoolean();
        _ = reader.ReadSingle();
        var keys = new ulong[rows];
        var counts = new int[rows];
        var classes = new List<byte>(rows * 4);
        var values = new List<float>(rows * 4);
        var max = 0f;
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            counts[row] = reader.ReadByte() + 1;
            for (var k = 0; k < counts[row]; k++)
            {
                classes.Add(reader.ReadByte());
                var value = reader.ReadSingle();
                values.Add(value);
                max = Math.Max(max, Math.Abs(value));
            }
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        var keptKeys = new List<ulong>(rows);
        var starts = new List<int>(rows + 1) { 0 };
        var entries = new List<int>(values.Count);
        var index = 0;
        for (var row = 0; row < rows; row++)
        {
            for (var k = 0; k < counts[row]; k++, index++)
            {
                var q = (int)Math.Clamp(MathF.Round(values[index] / scale), -short.MaxValue, short.MaxValue);
                if (q != 0)
                {
                    entries.Add(Pack(classes[index], q));
                }
            }

            if (entries.Count > starts[^1])
            {
                keptKeys.Add(keys[row]);
                starts.Add(entries.Count);
            }
        }

        return new EntityWeights(classCount, scale, [.. keptKeys], [.. starts], [.. entries]);
    }

    /// <summary>Writes <paramref name="scores"/>[0..<see cref="ClassCount"/>) as the summed weights of <paramref name="features"/>, in units of <see cref="Scale"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        scores[..ClassCount].Clear();
        Accumulate(features, scores);
    }

    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="sums"/> (at least <see cref="ClassCount"/>
    /// long), in units of <see cref="Scale"/>. The sums are exact integers, so any order or grouping of the features
    /// gives the same result (which lets a stage cache the sums of groups of features).
    /// </summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        var s = sums[..ClassCount];
        var slots = _slots;
        var entries = _entries;
        var tags = _tags;

        // Three passes, so that the cache misses of independent reads overlap: first find each feature's candidate slot
        // from the tags alone, without a branch on the data (they answer most features missing from the model); then
        // read the candidates' slots together and check their fingerprints (a tag collision probes on); last add the
        // rows up.
        var size = Math.Min(features.Length, 128);
        Span<int> candidates = stackalloc int[size];
        Span<ulong> candidateKeys = stackalloc ulong[size];
        Span<uint> found = stackalloc uint[size];
        for (var from = 0; from < features.Length; from += size)
        {
            var batch = features.Slice(from, Math.Min(size, features.Length - from));
            var count = SlotTags.Candidates(tags, batch, candidates, candidateKeys);
            var hits = 0;
            for (var c = 0; c < count; c++)
            {
                var h = candidates[c];
                var fingerprint = Fingerprint(candidateKeys[c]);
                while (h >= 0 && slots[h].Fingerprint != fingerprint)
                {
                    var next = (h + 1) & (int)_mask;
                    h = SlotTags.Find(tags, next, tags[next], SlotTags.Of(candidateKeys[c]));
                }

                if (h >= 0)
                {
                    found[hits++] = slots[h].Meta;
                }
            }

            foreach (var meta in found[..hits])
            {
                var start = (int)(meta >> 5);
                var end = start + (int)(meta & 31);
                for (var k = start; k < end; k++)
                {
                    var entry = entries[k];
                    s[entry >>> 24] += (short)entry;
                }
            }
        }
    }

    /// <summary>Writes the table: class count, scale, row count, then per row its key, weight count and (class, 16-bit weight) pairs, in slot order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(Scale);
        writer.Write(FeatureCount);
        for (var h = 0; h < _slots.Length; h++)
        {
            var slot = _slots[h];
            if (slot.Meta == 0)
            {
                continue;
            }

            var start = (int)(slot.Meta >> 5);
            var count = (int)(slot.Meta & 31);
            writer.Write(_keys[h]);
            writer.Write((byte)count);
            for (var k = start; k < start + count; k++)
            {
                writer.Write((byte)(_entries[k] >>> 24));
                writer.Write((short)_entries[k]);
            }
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt.</exception>
    public static EntityWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        if (classCount is < 1 or > 255 || rows < 0 || rows > 1 << 26 || !float.IsFinite(scale))
        {
            throw new InvalidDataException($"Corrupt entity weights ({classCount} classes, {rows} features).");
        }

        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var entries = new List<int>(rows * 3);
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            int count = reader.ReadByte();
            if (count is 0 || count > classCount)
            {
                throw new InvalidDataException($"Corrupt entity weights: {count} weights in a row of {classCount} classes.");
            }

            for (var k = 0; k < count; k++)
            {
                var c = reader.ReadByte();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"Corrupt entity weights: class {c} of {classCount}.");
                }

                entries.Add(Pack(c, reader.ReadInt16()));
            }

            starts[row + 1] = entries.Count;
        }

        return new EntityWeights(classCount, scale, keys, starts, [.. entries]);
    }

    private static int Pack(int cls, int value) => (cls << 24) | (ushort)(short)value;

    /// <summary>The high 32 bits of a key; the low bits choose the slot, so together they identify the key (a false
    /// match needs two 64-bit keys that agree in their slot and their high half).</summary>
    private static uint Fingerprint(ulong key) => (uint)(key >> 32);

    /// <summary>A table slot, 8 bytes: the key's fingerprint, and the first entry (27 bits) and entry count (5 bits) of its row; Meta 0 marks an empty slot.</summary>
    private readonly record struct Slot(uint Fingerprint, uint Meta);
}
