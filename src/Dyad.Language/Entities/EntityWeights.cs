using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// The entity tagger's trained weights in a layout made for lookup speed: an open-addressing table of feature keys
/// (linear probing, at most half full) whose slots point into one array of packed (class, 16-bit weight) entries.
/// Scores are summed as integers in units of one shared scale, so a lookup touches two cache lines and no floats.
/// </summary>
/// <remarks>
/// <see cref="Dictionary{TKey, TValue}"/> costs four dependent memory reads per feature (bucket, entry, row start,
/// weights); with two stages and about 90 features a word, those reads were most of the tagger's time.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class EntityWeights
{
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly ulong _mask;

    private EntityWeights(int classCount, float scale, ulong[] keys, int[] starts, int[] entries)
    {
        ClassCount = classCount;
        Scale = scale;
        _entries = entries;
        FeatureCount = keys.Length;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _mask = (ulong)capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row] == 0 ? 1 : keys[row];
            var h = key & _mask;
            while (_slots[h].Key != 0)
            {
                h = (h + 1) & _mask;
            }

            _slots[h] = new Slot(key, starts[row], starts[row + 1] - starts[row]);
        }
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

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
        var s = scores[..ClassCount];
        s.Clear();
        var slots = _slots;
        var entries = _entries;
        foreach (var feature in features)
        {
            var key = feature == 0 ? 1 : feature;
            var h = key & _mask;
            while (true)
            {
                ref readonly var slot = ref slots[h];
                if (slot.Key == key)
                {
                    var end = slot.Start + slot.Count;
                    for (var k = slot.Start; k < end; k++)
                    {
                        var entry = entries[k];
                        s[entry >>> 24] += (short)entry;
                    }

                    break;
                }

                if (slot.Key == 0)
                {
                    break;
                }

                h = (h + 1) & _mask;
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
        foreach (var slot in _slots)
        {
            if (slot.Key == 0)
            {
                continue;
            }

            writer.Write(slot.Key);
            writer.Write((byte)slot.Count);
            for (var k = slot.Start; k < slot.Start + slot.Count; k++)
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

    private readonly record struct Slot(ulong Key, int Start, int Count);
}
