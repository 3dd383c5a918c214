namespace Dyad.Language.Chunking;

/// <summary>
/// Reads and writes chunk labels: <c>B-X</c>, <c>I-X</c>, <c>O</c> in either IOB1 (CoNLL-2003's column, where
/// <c>B-</c> appears only between two adjacent phrases of one type) or IOB2/BIO (every phrase opens with
/// <c>B-</c>), and the BILOU extensions <c>E-</c>/<c>L-</c> (last word) and <c>S-</c>/<c>U-</c> (single word).
/// </summary>
/// <remarks>
/// Decoding follows conlleval: a phrase starts at <c>B-</c>/<c>S-</c>, or at an inside label whose type differs from
/// the open phrase or that follows <c>O</c> or a closing label; so any sequence, however invalid, decodes to phrases
/// without overlaps. Labels that are not of these forms count as <c>O</c>.
/// </remarks>
public static class ChunkLabels
{
    /// <summary>Splits <paramref name="label"/> into its position and phrase type (empty for <see cref="ChunkPosition.Outside"/>).</summary>
    public static (ChunkPosition Position, string Type) Parse(string? label)
    {
        if (label is null || label.Length < 3 || label[1] != '-')
        {
            return (ChunkPosition.Outside, string.Empty);
        }

        var position = label[0] switch
        {
            'B' => ChunkPosition.Begin,
            'I' => ChunkPosition.Inside,
            'E' or 'L' => ChunkPosition.End,
            'S' or 'U' => ChunkPosition.Unit,
            _ => ChunkPosition.Outside,
        };
        return position == ChunkPosition.Outside ? (position, string.Empty) : (position, label[2..]);
    }

    /// <summary>Decodes per-word labels into phrases, appending them to <paramref name="chunks"/> in order.</summary>
    public static void Decode(IReadOnlyList<string> labels, ICollection<Chunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(chunks);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = new List<ChunkPosition>();
        var types = new List<string>();
        var indices = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i] ?? string.Empty;
            if (!indexOf.TryGetValue(label, out var index))
            {
                index = positions.Count;
                indexOf.Add(label, index);
                var (position, type) = Parse(label);
                positions.Add(position);
                types.Add(type);
            }

            indices[i] = index;
        }

        Decode(indices, [.. positions], [.. types], chunks);
    }

    /// <summary>Decodes per-word labels into phrases.</summary>
    public static IReadOnlyList<Chunk> Decode(IReadOnlyList<string> labels)
    {
        var chunks = new List<Chunk>();
        Decode(labels, chunks);
        return chunks;
    }

    /// <summary>
    /// Decodes per-word label indices into phrases, appending them to <paramref name="chunks"/>:
    /// label <c>k</c> has position <paramref name="positionOf"/>[k] and type <paramref name="typeOf"/>[k].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A label index has no entry in the tables.</exception>
    public static void Decode(ReadOnlySpan<int> labels, ReadOnlySpan<ChunkPosition> positionOf, ReadOnlySpan<string> typeOf, ICollection<Chunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var start = -1;
        string? open = null;
        var closed = true; // the previous label ended its phrase (or there was none)
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if ((uint)label >= (uint)positionOf.Length || (uint)label >= (uint)typeOf.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), $"Label {label} at word {i} is not in the label tables.");
            }

            var position = positionOf[label];
            var type = typeOf[label] ?? string.Empty;
            if (position == ChunkPosition.Outside)
            {
                Close(i);
                closed = true;
                continue;
            }

            var starts = position is ChunkPosition.Begin or ChunkPosition.Unit
                || closed
                || !string.Equals(open, type, StringComparison.Ordinal);
            if (starts)
            {
                Close(i);
                start = i;
                open = type;
            }

            closed = position is ChunkPosition.End or ChunkPosition.Unit;
            if (closed)
            {
                Close(i + 1);
            }
        }

        Close(labels.Length);

        void Close(int end)
        {
            if (open is not null)
            {
                chunks.Add(new Chunk(start, end, open));
                open = null;
            }
        }
    }

    /// <summary>Rewrites labels as BIO (IOB2): every phrase opens with <c>B-</c>, other words of it are <c>I-</c>.</summary>
    public static string[] ToBio(IReadOnlyList<string> labels) => Encode(labels, bilou: false);

    /// <summary>Rewrites labels as BILOU: <c>B-</c>, <c>I-</c>, <c>L-</c> (last), <c>U-</c> (one-word phrase), <c>O</c>.</summary>
    public static string[] ToBilou(IReadOnlyList<string> labels) => Encode(labels, bilou: true);

    private static string[] Encode(IReadOnlyList<string> labels, bool bilou)
    {
        var result = new string[labels.Count];
        result.AsSpan().Fill("O");
        foreach (var chunk in Decode(labels))
        {
            for (var i = chunk.Start; i < chunk.End; i++)
            {
                var prefix = !bilou ? (i == chunk.Start ? "B-" : "I-")
                    : chunk.Length == 1 ? "U-"
                    : i == chunk.Start ? "B-"
                    : i == chunk.End - 1 ? "L-"
                    : "I-";
                result[i] = prefix + chunk.Type;
            }
        }

        return result;
    }
}
