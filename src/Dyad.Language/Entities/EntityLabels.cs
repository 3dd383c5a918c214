namespace Dyad.Language.Entities;

/// <summary>
/// Converts between entity spans and per-word labels: IOB1 (CoNLL-2003's own encoding, where <c>B-</c> appears only
/// between two adjacent entities of one type), IOB2 and BILOU (Begin, Inside, Last, Unit, Outside; Ratinov and Roth
/// 2009 found it easier to learn than IOB).
/// </summary>
public static class EntityLabels
{
    /// <summary>The label of words outside every entity.</summary>
    public const string Outside = "O";

    /// <summary>
    /// Reads spans from IOB labels (IOB1 or IOB2): <c>B-T</c> always starts an entity; <c>I-T</c> continues an open
    /// entity of type T or starts a new one; anything else (<c>O</c>, unknown labels) closes it.
    /// </summary>
    public static List<EntitySpan> FromIob(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var (prefix, labelType) = Split(labels[i]);
            var continues = prefix == 'I' && type is not null && string.Equals(type, labelType, StringComparison.Ordinal);
            if (!continues && type is not null)
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }

            if (!continues && prefix is 'B' or 'I' && labelType.Length > 0)
            {
                start = i;
                type = labelType;
            }
        }

        if (type is not null)
        {
            spans.Add(new EntitySpan(start, labels.Count, type));
        }

        return spans;
    }

    /// <summary>
    /// Reads spans from BILOU labels, repairing invalid sequences the way a tagger's errors need: an <c>I-</c> or
    /// <c>L-</c> with no open entity of its type starts one (an <c>L-</c> alone is a one-word entity); a <c>B-</c> or
    /// <c>I-</c> left open ends where its run stops; a type change closes the open entity and starts a new one.
    /// <c>E-</c> and <c>S-</c> (IOBES) are read as <c>L-</c> and <c>U-</c>.
    /// </summary>
    public static List<EntitySpan> FromBilou(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var prefixes = new char[labels.Count];
        var types = new string[labels.Count];
        var indices = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var (prefix, type) = Split(labels[i]);
            prefixes[i] = prefix;
            types[i] = type;
            indices[i] = i;
        }

        var spans = new List<EntitySpan>();
        DecodeBilou(indices, prefixes, types, spans);
        return spans;
    }

    /// <summary>Writes BILOU labels for <paramref name="spans"/> over a sentence of <paramref name="length"/> words.</summary>
    /// <exception cref="ArgumentException">A span lies outside the sentence or overlaps another.</exception>
    public static string[] ToBilou(IReadOnlyList<EntitySpan> spans, int length)
    {
        var labels = Fill(spans, length);
        foreach (var span in spans)
        {
            if (span.Length == 1)
            {
                labels[span.Start] = "U-" + span.Type;
                continue;
            }

            labels[span.Start] = "B-" + span.Type;
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = "I-" + span.Type;
            }

            labels[span.End - 1] = "L-" + span.Type;
        }

        return labels;
    }

    /// <summary>Writes IOB1 labels (CoNLL-2003 style) for <paramref name="spans"/> over <paramref name="length"/> words.</summary>
    /// <exception cref="ArgumentException">A span lies outside the sentence or overlaps another.</exception>
    public static string[] ToIob1(IReadOnlyList<EntitySpan> spans, int length)
    {
        var labels = Fill(spans, length);
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                labels[i] = "I-" + span.Type;
            }
        }

        // IOB1 marks a beginning only where the previous word ends another entity of the same type.
        foreach (var span in spans)
        {
            foreach (var other in spans)
            {
                if (other.End == span.Start && string.Equals(other.Type, span.Type, StringComparison.Ordinal))
                {
                    labels[span.Start] = "B-" + span.Type;
                }
            }
        }

        return labels;
    }

    /// <summary>Converts IOB labels (IOB1 or IOB2) to BILOU.</summary>
    public static string[] IobToBilou(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return ToBilou(FromIob(labels), labels.Count);
    }

    /// <summary>
    /// The span decoder behind <see cref="FromBilou"/>, over label indices: <paramref name="prefixOf"/> and
    /// <paramref name="typeOf"/> give each label index's prefix (<c>B I L U O</c>) and type. Appends to <paramref name="spans"/>.
    /// </summary>
    internal static void DecodeBilou(ReadOnlySpan<int> labels, ReadOnlySpan<char> prefixOf, ReadOnlySpan<string> typeOf, List<EntitySpan> spans)
    {
        var start = -1;
        string? open = null;
        for (var i = 0; i < labels.Length; i++)
        {
            var prefix = prefixOf[labels[i]];
            var type = typeOf[labels[i]];
            if (prefix is not ('B' or 'I' or 'L' or 'U') || type.Length == 0)
            {
                Close(i);
                continue;
            }

            var continues = open is not null && prefix is 'I' or 'L' && string.Equals(open, type, StringComparison.Ordinal);
            if (!continues)
            {
                Close(i);
                start = i;
                open = type;
            }

            if (prefix is 'L' or 'U')
            {
                Close(i + 1);
            }
        }

        Close(labels.Length);

        void Close(int end)
        {
            if (open is not null)
            {
                spans.Add(new EntitySpan(start, end, open));
                open = null;
            }
        }
    }

    /// <summary>Splits a label such as <c>B-PER</c> into its prefix letter and type; <c>O</c> and malformed labels give ('O', "").</summary>
    internal static (char Prefix, string Type) Split(string? label)
    {
        if (label is null || label.Length < 3 || label[1] != '-')
        {
            return ('O', string.Empty);
        }

        var prefix = label[0] switch
        {
            'E' => 'L',
            'S' => 'U',
            var c => c,
        };
        return prefix is 'B' or 'I' or 'L' or 'U' ? (prefix, label[2..]) : ('O', string.Empty);
    }

    private static string[] Fill(IReadOnlyList<EntitySpan> spans, int length)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var labels = new string[length];
        Array.Fill(labels, Outside);
        var taken = new bool[length];
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > length || span.Start >= span.End || string.IsNullOrEmpty(span.Type))
            {
                throw new ArgumentException($"Span [{span.Start}, {span.End}) '{span.Type}' does not fit a sentence of {length} words.", nameof(spans));
            }

            for (var i = span.Start; i < span.End; i++)
            {
                if (taken[i])
                {
                    throw new ArgumentException($"Span [{span.Start}, {span.End}) {span.Type} overlaps another at word {i}.", nameof(spans));
                }

                taken[i] = true;
            }
        }

        return labels;
    }
}
