using Dyad.Language.Tagging;

namespace Dyad.Language.Chunking;

/// <summary>
/// Chunk labels settled by context alone: for each (tag before, tag, tag after, previous label) seen at least
/// <see cref="ChunkTrainingOptions.ContextMinCount"/> times in training with one label at least
/// <see cref="ChunkTrainingOptions.ContextPurity"/> of the time, that label. The chunker takes it without scoring
/// (<see cref="ILabelShortcut"/>): a determiner after an outside word begins a noun phrase, a comma between two
/// nouns is outside, and so on, which is about half the words of running text.
/// </summary>
/// <remarks>Immutable and thread-safe. Lookups hash the three tag strings and the label; no allocation.</remarks>
public sealed class ChunkContextTable : ILabelShortcut
{
    private readonly Dictionary<ulong, byte> _labels;
    private readonly Entry[] _entries;

    private ChunkContextTable(Entry[] entries)
    {
        _entries = entries;
        _labels = new Dictionary<ulong, byte>(entries.Length);
        foreach (var entry in entries)
        {
            _labels[Key(entry.Before, entry.Tag, entry.After, entry.PreviousLabel)] = entry.Label;
        }
    }

    /// <summary>A table that settles nothing.</summary>
    public static ChunkContextTable Empty { get; } = new([]);

    /// <summary>Number of contexts in the table.</summary>
    public int Count => _entries.Length;

    /// <inheritdoc />
    public bool TryLabel(in SequenceInput input, int index, int previousTag, out int tag)
    {
        if (_entries.Length > 0
            && _labels.TryGetValue(Key(input.Column(ChunkFeatureExtractor.PosColumn, index - 1), input.Column(ChunkFeatureExtractor.PosColumn, index), input.Column(ChunkFeatureExtractor.PosColumn, index + 1), previousTag), out var label))
        {
            tag = label;
            return true;
        }

        tag = 0;
        return false;
    }

    /// <summary>
    /// Counts the contexts of <paramref name="sentences"/> (part-of-speech tags in text column
    /// <see cref="ChunkFeatureExtractor.PosColumn"/>, chunk labels as tags) and keeps those that settle their label.
    /// </summary>
    /// <param name="sentences">The training sentences.</param>
    /// <param name="labels">The chunker's labels, by class index.</param>
    /// <param name="minCount">How often a context must be seen; 0 gives an empty table.</param>
    /// <param name="purity">The share of its occurrences its commonest label must take.</param>
    public static ChunkContextTable Build(IReadOnlyList<TaggedSentence> sentences, IReadOnlyList<string> labels, int minCount, double purity)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(labels);
        if (minCount <= 0)
        {
            return Empty;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            index[labels[i]] = i;
        }

        var counts = new Dictionary<(string Before, string Tag, string After, int Previous), int[]>();
        foreach (var sentence in sentences)
        {
            var tags = sentence.Columns.Count > ChunkFeatureExtractor.PosColumn ? sentence.Columns[ChunkFeatureExtractor.PosColumn] : [];
            var previous = -1;
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var label = index[sentence.Tags[i]];
                var key = (At(tags, i - 1), At(tags, i), At(tags, i + 1), previous);
                if (!counts.TryGetValue(key, out var row))
                {
                    counts[key] = row = new int[labels.Count];
                }

                row[label]++;
                previous = label;
            }
        }

        var entries = new List<Entry>();
        foreach (var ((before, tag, after, previous), row) in counts)
        {
            var total = 0;
            var best = 0;
            for (var c = 0; c < row.Length; c++)
            {
                total += row[c];
                best = row[c] > row[best] ? c : best;
            }

            if (total >= minCount && row[best] >= purity * total)
            {
                entries.Add(new Entry(before, tag, after, previous, (byte)best));
            }
        }

        entries.Sort(Compare);
        return new ChunkContextTable([.. entries]);
    }

    /// <summary>Writes the table: the entry count, then per entry the three tags, the previous label (−1 at the start) and the label.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Length);
        foreach (var entry in _entries)
        {
            writer.Write(entry.Before);
            writer.Write(entry.Tag);
            writer.Write(entry.After);
            writer.Write((short)entry.PreviousLabel);
            writer.Write(entry.Label);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/> for a chunker of <paramref name="labelCount"/> labels.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt.</exception>
    public static ChunkContextTable Read(BinaryReader reader, int labelCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count < 0 || count > 1 << 20)
        {
            throw new InvalidDataException($"Corrupt chunk model: {count} context entries.");
        }

        var entries = new Entry[count];
        for (var i = 0; i < count; i++)
        {
            var before = reader.ReadString();
            var tag = reader.ReadString();
            var after = reader.ReadString();
            var previous = reader.ReadInt16();
            var label = reader.ReadByte();
            if (previous < -1 || previous >= labelCount || label >= labelCount)
            {
                throw new InvalidDataException($"Corrupt chunk model: context entry {i} has labels {previous} and {label} of {labelCount}.");
            }

            entries[i] = new Entry(before, tag, after, previous, label);
        }

        return new ChunkContextTable(entries);
    }

    private static string At(string[] tags, int index) => (uint)index < (uint)tags.Length ? tags[index] ?? string.Empty : string.Empty;

    private static ulong Key(string before, string tag, string after, int previous) =>
        FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(0), before), tag), after), previous));

    private static int Compare(Entry a, Entry b)
    {
        var c = string.CompareOrdinal(a.Tag, b.Tag);
        c = c != 0 ? c : string.CompareOrdinal(a.Before, b.Before);
        c = c != 0 ? c : string.CompareOrdinal(a.After, b.After);
        return c != 0 ? c : a.PreviousLabel.CompareTo(b.PreviousLabel);
    }

    private readonly record struct Entry(string Before, string Tag, string After, int PreviousLabel, byte Label);
}
