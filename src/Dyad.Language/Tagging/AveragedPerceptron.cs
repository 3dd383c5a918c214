namespace Dyad.Language.Tagging;

/// <summary>
/// A multi-class perceptron under training, whose final weights are the average of its weights over every
/// training step (Collins 2002), kept exactly with the lazy-update trick: each weight remembers the step at which it
/// last changed, and its running total is brought up to date only when it changes again or at the end.
/// </summary>
/// <remarks>
/// Features are interned on their first update, so features that never mattered take no room. Storage is dense per
/// feature (one slot per class) while training; <see cref="ToWeights"/> produces the sparse, compact form used for
/// tagging. Not thread-safe.
/// </remarks>
public sealed class AveragedPerceptron
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _step;

    /// <summary>Creates an untrained perceptron over <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, byte.MaxValue + 1);
        _classes = classCount;
        _weights = new float[1024 * classCount];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount => _classes;

    /// <summary>Number of features that have been updated at least once.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>, which it first clears.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[.._classes].Clear();
        foreach (var key in features)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var w = _weights.AsSpan(row * _classes, _classes);
                for (var c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    /// <summary>The class with the highest current score (ties go to the lowest index).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[.._classes]);
    }

    /// <summary>Counts one training step (one tagged position), whether or not an update follows.</summary>
    public void Tick() => _step++;

    /// <summary>Moves weight from the wrongly predicted class to the true one for each feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var key in features)
        {
            var row = RowOf(key);
            Change(row * _classes + truth, 1f);
            Change(row * _classes + guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights as a compact model, dropping weights whose magnitude is below <paramref name="pruneBelow"/>.
    /// The perceptron itself is left unchanged and can go on training.
    /// </summary>
    public PerceptronWeights ToWeights(float pruneBelow)
    {
        var step = Math.Max(_step, 1);
        var keys = new List<ulong>(_rows.Count);
        var starts = new List<int>(_rows.Count + 1) { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        foreach (var (key, row) in _rows)
        {
            var added = 0;
            for (var c = 0; c < _classes; c++)
            {
                var i = row * _classes + c;
                var total = _totals[i] + (double)(_step - _stamps[i]) * _weights[i];
                var average = (float)(total / step);
                if (Math.Abs(average) >= pruneBelow && average != 0f)
                {
                    classes.Add((byte)c);
                    values.Add(average);
                    added++;
                }
            }

            if (added > 0)
            {
                keys.Add(key);
                starts.Add(values.Count);
            }
        }

        return new PerceptronWeights(_classes, [.. keys], [.. starts], [.. classes], [.. values]);
    }

    /// <summary>The first index of the highest score.</summary>
    internal static int ArgMax<T>(ReadOnlySpan<T> scores)
        where T : System.Numerics.IComparisonOperators<T, T, bool>
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void Change(int i, float by)
    {
        _totals[i] += (double)(_step - _stamps[i]) * _weights[i];
        _stamps[i] = _step;
        _weights[i] += by;
    }

    private int RowOf(ulong key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        row = _rows.Count;
        if ((row + 1) * _classes > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        // A new row starts at zero with its totals current as of now.
        _stamps.AsSpan(row * _classes, _classes).Fill(_step);
        _rows.Add(key, row);
        return row;
    }
}
