namespace Dyad.Language.Tagging;

/// <summary>
/// Trained perceptron weights in a compact sparse form: for each feature key, only its non-zero class weights.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class PerceptronWeights
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly int[] _starts;
    private readonly byte[] _classes;
    private readonly float[] _values;
    private readonly ulong[] _keys;

    internal PerceptronWeights(int classCount, ulong[] keys, int[] starts, byte[] classes, float[] values)
    {
        ClassCount = classCount;
        _keys = keys;
        _starts = starts;
        _classes = classes;
        _values = values;
        _rows = new Dictionary<ulong, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            _rows[keys[i]] = i;
        }
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored (non-zero) weights.</summary>
    public int WeightCount => _values.Length;

    /// <summary>Writes <paramref name="scores"/>[0..<see cref="ClassCount"/>) as the sum of the weights of <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var s = scores[..ClassCount];
        s.Clear();
        foreach (var key in features)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var end = _starts[row + 1];
                for (var k = _starts[row]; k < end; k++)
                {
                    s[_classes[k]] += _values[k];
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
                values.Add(quantised ? reader.ReadInt16() * scale : reader.ReadSingle());
            }

            starts[row + 1] = values.Count;
        }

        return new PerceptronWeights(classCount, keys, starts, [.. classes], [.. values]);
    }
}
