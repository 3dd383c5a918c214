using System.Numerics;
using System.Runtime.InteropServices;

namespace Dyad.Language.Tagging;

/// <summary>
/// Trained perceptron weights in a compact sparse form: for each feature key, only its non-zero class weights.
/// Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Scoring is the hot loop of every tagger (tens of lookups per word), so lookups go through an open-addressing table
/// (linear probing over keys that <see cref="FeatureHash.Finish"/> has already mixed) whose slot holds the key and the
/// row's weight range together, and the row's weights sit in one array of (class, value) pairs: a hit costs about
/// two cache misses instead of a dictionary's bucket, entry and three parallel arrays.
/// Weights read from a quantised file also keep their 16-bit integers for <see cref="Accumulate"/>: integer sums are
/// exact, so they do not depend on the order in which features are added (which lets taggers cache partial sums),
/// rows sit in 4 bytes a weight, and rows with many weights are stored dense and added with vector instructions.
/// </remarks>
public sealed class PerceptronWeights : IIntegerWeights
{
    private readonly Slot[] _slots;
    private readonly Weight[] _weights;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly byte[] _classes;
    private readonly float[] _values;
    private readonly ulong[] _keys;
    private readonly QuantisedSlot[] _quantisedSlots = [];
    private readonly byte[] _quantisedTags = [];
    private readonly uint[] _packed = [];
    private readonly short[] _dense = [];

    internal PerceptronWeights(int classCount, ulong[] keys, int[] starts, byte[] classes, float[] values, short[]? quantised = null, float scale = 0)
    {
        ClassCount = classCount;
        Stride = (classCount + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        _keys = keys;
        _starts = starts;
        _classes = classes;
        _values = values;
        _weights = new Weight[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            _weights[k] = new Weight(values[k], classes[k]);
        }

        // A power of two at least 1.5 times the number of keys keeps probe runs short.
        var size = 16;
        while (size < keys.Length + (keys.Length / 2))
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var i = (int)keys[row] & _mask;
            while (_slots[i].End != 0 && _slots[i].Key != keys[row])
            {
                i = (i + 1) & _mask;
            }

            // A repeated key (never written by training, possible in a hand-made file) keeps its last row.
            _slots[i] = new Slot(keys[row], starts[row], starts[row + 1]);
        }

        if (quantised is not null)
        {
            Scale = scale;
            (_quantisedSlots, _packed, _dense) = BuildQuantised(keys, starts, classes, quantised, size);
            _quantisedTags = SlotTags.Create(size);
            for (var i = 0; i < size; i++)
            {
                _quantisedTags[i] = _quantisedSlots[i].Count == 0 ? (byte)0 : SlotTags.Of(_quantisedSlots[i].Key);
            }

            SlotTags.Seal(_quantisedTags);
        }
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored (non-zero) weights.</summary>
    public int WeightCount => _values.Length;

    /// <summary>Whether the weights came from a quantised file, so that <see cref="Accumulate"/> can be used.</summary>
    public bool IsQuantised => _quantisedSlots.Length > 0;

    /// <summary>The value of one integer unit of <see cref="Accumulate"/>'s sums (0 unless <see cref="IsQuantised"/>).</summary>
    public float Scale { get; }

    /// <summary>The class count rounded up to whole vectors: the length <see cref="Accumulate"/> needs for its sums.</summary>
    public int Stride { get; }

    /// <summary>
    /// Adds the 16-bit integer weights of <paramref name="features"/> to <paramref name="sums"/> (at least
    /// <see cref="Stride"/> long; entries past <see cref="ClassCount"/> stay unchanged). The sums are exact, so any
    /// order or grouping of the features gives the same result; times <see cref="Scale"/> they are the class scores.
    /// </summary>
    /// <exception cref="InvalidOperationException">The weights are not quantised.</exception>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (!IsQuantised)
        {
            throw new InvalidOperationException("Integer sums need weights read from a quantised file.");
        }

        var target = sums[..Stride];
        var size = Math.Min(features.Length, 128);
        Span<int> candidates = stackalloc int[size];
        Span<ulong> candidateKeys = stackalloc ulong[size];
        Span<QuantisedSlot> found = stackalloc QuantisedSlot[size];
        var slots = _quantisedSlots;
        var tags = _quantisedTags;
        var mask = slots.Length - 1;
        var packed = _packed;
        for (var from = 0; from < features.Length; from += size)
        {
            var batch = features.Slice(from, Math.Min(size, features.Length - from));

            // Three passes, so that the cache misses of independent reads overlap instead of waiting for each other (a
            // loop that tested each slot as it came mispredicted on the third or so of features not in the model, and
            // each misprediction threw away the reads ahead). First find each feature's candidate slot from the tags
            // alone, without a branch on the data (a one-byte tag per slot, an eighth of the slots' size, which answers
            // most features missing from the model); then read the candidates' slots and check their keys (a tag
            // collision probes on); last add the rows up.
            var count = SlotTags.Candidates(tags, batch, candidates, candidateKeys);
            var hits = 0;
            for (var c = 0; c < count; c++)
            {
                var i = candidates[c];
                var key = candidateKeys[c];
                var slot = slots[i];
                while (slot.Key != key)
                {
                    i = SlotTags.Find(tags, (i + 1) & mask, tags[(i + 1) & mask], SlotTags.Of(key));
                    if (i < 0)
                    {
                        break;
                    }

                    slot = slots[i];
                }

                if (i >= 0)
                {
                    found[hits++] = slot;
                }
            }

            foreach (var slot in found[..hits])
            {
                if (slot.Count == DenseRow)
                {
                    AddDense(_dense.AsSpan(slot.Start, Stride), target);
                }
                else if ((slot.Count & InlineMark) != 0)
                {
                    target[slot.Start & 0xFF] += slot.Start >> 16;
                    target[slot.Count & 0xFF] += slot.Count >> 16;
                }
                else
                {
                    for (var k = slot.Start; k < slot.Start + slot.Count; k++)
                    {
                        var w = packed[k];
                        target[(int)(w & 0xFF)] += (int)w >> 16;
                    }
                }
            }
        }
    }

    /// <summary>Adds a dense row of 16-bit weights to 32-bit sums, a vector at a time.</summary>
    private static void AddDense(ReadOnlySpan<short> row, Span<int> sums)
    {
        var from = MemoryMarshal.Cast<short, Vector<short>>(row);
        var to = MemoryMarshal.Cast<int, Vector<int>>(sums);
        for (var v = 0; v < from.Length; v++)
        {
            Vector.Widen(from[v], out var low, out var high);
            to[2 * v] += low;
            to[(2 * v) + 1] += high;
        }
    }

    /// <summary>
    /// The integer layout: a slot table like the float one whose slots hold rows of one or two weights themselves
    /// (saving a cache miss for the many rare features), rows of packed (value, class) words, and rows with many
    /// weights as dense vectors of <see cref="Stride"/> 16-bit weights.
    /// </summary>
    private (QuantisedSlot[] Slots, uint[] Packed, short[] Dense) BuildQuantised(ulong[] keys, int[] starts, byte[] classes, short[] quantised, int size)
    {
        // A dense row costs Stride × 2 bytes and Stride / 16 vector additions; a sparse one 4 bytes and one addition a weight.
        var denseFrom = Math.Max(4, (Stride / 6) + 2);
        var packed = new List<uint>(quantised.Length);
        var dense = new List<short>();
        var slots = new QuantisedSlot[size];
        var mask = size - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var start = starts[row];
            var count = starts[row + 1] - start;
            QuantisedSlot slot;
            if (count <= 2)
            {
                // One or two weights sit in the slot itself: (value << 16) | class, the second marked (a zero second weight when alone).
                var first = (int)(((uint)(ushort)quantised[start] << 16) | classes[start]);
                var second = count == 2 ? (int)(((uint)(ushort)quantised[start + 1] << 16) | classes[start + 1]) : 0;
                slot = new QuantisedSlot(keys[row], first, second | InlineMark);
            }
            else if (count >= denseFrom)
            {
                slot = new QuantisedSlot(keys[row], dense.Count, DenseRow);
                var at = dense.Count;
                for (var c = 0; c < Stride; c++)
                {
                    dense.Add(0);
                }

                for (var k = start; k < start + count; k++)
                {
                    dense[at + classes[k]] = quantised[k];
                }
            }
            else
            {
                slot = new QuantisedSlot(keys[row], packed.Count, count);
                for (var k = start; k < start + count; k++)
                {
                    packed.Add(((uint)(ushort)quantised[k] << 16) | classes[k]);
                }
            }

            var i = (int)keys[row] & mask;
            while (slots[i].Count != 0 && slots[i].Key != keys[row])
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }

        return (slots, [.. packed], [.. dense]);
    }

    /// <summary>Writes <paramref name="scores"/>[0..<see cref="ClassCount"/>) as the sum of the weights of <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var s = scores[..ClassCount];
        s.Clear();
        // Two passes: first find every feature's row, then add the rows up. The lookups of the first pass do not
        // depend on each other, so the processor overlaps their cache misses instead of waiting for each in turn.
        Span<Slot> found = stackalloc Slot[Math.Min(features.Length, 128)];
        var slots = _slots;
        var weights = _weights;
        for (var from = 0; from < features.Length; from += found.Length)
        {
            var batch = features.Slice(from, Math.Min(found.Length, features.Length - from));
            var hits = 0;
            foreach (var key in batch)
            {
                var i = (int)key & _mask;
                while (true)
                {
                    var slot = slots[i];
                    if (slot.End == 0)
                    {
                        break;
                    }

                    if (slot.Key == key)
                    {
                        found[hits++] = slot;
                        break;
                    }

                    i = (i + 1) & _mask;
                }
            }

            foreach (var slot in found[..hits])
            {
                for (var k = slot.Start; k < slot.End; k++)
                {
                    var w = weights[k];
                    s[w.Class] += w.Value;
                }
            }
        }
    }

    /// <summary>
    /// Writes the weights. With <paramref name="quantise"/>, each weight is stored as a 16-bit integer times one
    /// scale shared by the model (max |w| / 32767); otherwise as a 32-bit float.
    /// </summary>
    public void Write(BinaryWriter writer, bool quantise)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(quantise);
        var max = 0f;
        foreach (var v in _values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(scale);
        for (var row = 0; row < _keys.Length; row++)
        {
            writer.Write(_keys[row]);
            var start = _starts[row];
            var count = _starts[row + 1] - start;
            writer.Write((byte)(count - 1)); // 1..256 weights per row
            for (var k = start; k < start + count; k++)
            {
                writer.Write(_classes[k]);
                if (quantise)
                {
                    writer.Write((short)Math.Clamp(MathF.Round(_values[k] / scale), -short.MaxValue, short.MaxValue));
                }
                else
                {
                    writer.Write(_values[k]);
                }
            }
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a weight table.</exception>
    public static PerceptronWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (classCount is < 1 or > 256 || rows < 0)
        {
            throw new InvalidDataException($"Corrupt weight table header ({classCount} classes, {rows} features).");
        }

        var quantised = reader.ReadBoolean();
        var scale = reader.ReadSingle();
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new List<byte>(rows * 4);
        var values = new List<float>(rows * 4);
        var integers = quantised ? new List<short>(rows * 4) : null;
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            var count = reader.ReadByte() + 1;
            for (var k = 0; k < count; k++)
            {
                var c = reader.ReadByte();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"Corrupt weight table: class {c} of {classCount}.");
                }

                classes.Add(c);
                if (integers is not null)
                {
                    var q = reader.ReadInt16();
                    integers.Add(q);
                    values.Add(q * scale);
                }
                else
                {
                    values.Add(reader.ReadSingle());
                }
            }

            starts[row + 1] = values.Count;
        }

        return integers is null
            ? new PerceptronWeights(classCount, keys, starts, [.. classes], [.. values])
            : new PerceptronWeights(classCount, keys, starts, [.. classes], [.. values], [.. integers], scale);
    }

    /// <summary>One table slot: a feature key and its row's range in the weight array; <c>End == 0</c> marks an empty slot (rows are never empty).</summary>
    private readonly record struct Slot(ulong Key, int Start, int End);

    /// <summary><see cref="QuantisedSlot.Count"/> of a dense row.</summary>
    private const int DenseRow = -1;

    /// <summary>Marks a <see cref="QuantisedSlot.Count"/> that holds the row's second weight, its first being in <see cref="QuantisedSlot.Start"/> (packed weights never set bits 8 to 15).</summary>
    private const int InlineMark = 0x8000;

    /// <summary>
    /// One slot of the integer table: a key and its row: <see cref="DenseRow"/> (a dense row at Start), one or two
    /// packed weights inline (<see cref="InlineMark"/>), or a count of packed weights from Start; Count 0 marks an empty slot.
    /// </summary>
    private readonly record struct QuantisedSlot(ulong Key, int Start, int Count);

    /// <summary>One stored weight: its class and value.</summary>
    private readonly record struct Weight(float Value, int Class);
}
