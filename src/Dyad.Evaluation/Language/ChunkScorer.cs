using Dyad.Language.Chunking;

namespace Dyad.Evaluation.Language;

/// <summary>
/// Accumulates conlleval-style phrase scores over sentences: a predicted phrase is correct when a gold phrase has the
/// same first word, end and type. Not thread-safe.
/// </summary>
public sealed class ChunkScorer
{
    private readonly SortedDictionary<string, long[]> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<Chunk> _gold = [];

    /// <summary>Number of sentences added.</summary>
    public int Sentences { get; private set; }

    /// <summary>Adds one sentence's gold and predicted phrases.</summary>
    public void Add(IEnumerable<Chunk> gold, IEnumerable<Chunk> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Sentences++;
        _gold.Clear();
        foreach (var chunk in gold)
        {
            if (_gold.Add(chunk))
            {
                Counts(chunk.Type)[0]++;
            }
        }

        foreach (var chunk in predicted)
        {
            var counts = Counts(chunk.Type);
            counts[1]++;
            if (_gold.Remove(chunk))
            {
                counts[2]++;
            }
        }
    }

    /// <summary>Adds one sentence given as per-word labels in any scheme <see cref="ChunkLabels"/> decodes (IOB1, BIO, BILOU).</summary>
    public void Add(IReadOnlyList<string> goldLabels, IReadOnlyList<string> predictedLabels) =>
        Add(ChunkLabels.Decode(goldLabels), ChunkLabels.Decode(predictedLabels));

    /// <summary>The scores over all types.</summary>
    public ChunkScore Overall
    {
        get
        {
            long gold = 0, predicted = 0, correct = 0;
            foreach (var counts in _counts.Values)
            {
                gold += counts[0];
                predicted += counts[1];
                correct += counts[2];
            }

            return new ChunkScore("all", gold, predicted, correct);
        }
    }

    /// <summary>The scores per phrase type, in ordinal order of type.</summary>
    public IReadOnlyList<ChunkScore> ByType
    {
        get
        {
            var result = new List<ChunkScore>(_counts.Count);
            foreach (var (type, counts) in _counts)
            {
                result.Add(new ChunkScore(type, counts[0], counts[1], counts[2]));
            }

            return result;
        }
    }

    private long[] Counts(string type)
    {
        if (!_counts.TryGetValue(type, out var counts))
        {
            counts = new long[3];
            _counts.Add(type, counts);
        }

        return counts;
    }
}
