namespace Dyad.Language.Tagging;

/// <summary>
/// One sentence as a sequence tagger sees it: the words, and optional per-word columns computed beforehand, such as
/// part-of-speech tags for the chunker, or gazetteer classes and word clusters for the entity tagger.
/// </summary>
/// <remarks>
/// A view over arrays the caller owns; nothing is copied. Text columns hold one string per word (labels, cluster
/// paths); value columns hold one 64-bit number per word (flags, ids). Reading outside the sentence or a missing
/// column gives <c>""</c> or 0, so feature templates need no bounds checks.
/// </remarks>
public readonly ref struct SequenceInput
{
    private readonly ReadOnlySpan<string[]> _columns;
    private readonly ReadOnlySpan<ulong[]> _values;

    /// <summary>Creates a view over <paramref name="words"/> and its columns.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="columns">Text columns, each with one entry per word (or more; extra entries are ignored).</param>
    /// <param name="values">Value columns, each with one entry per word.</param>
    /// <exception cref="ArgumentException">A column is shorter than the sentence.</exception>
    public SequenceInput(ReadOnlySpan<string> words, ReadOnlySpan<string[]> columns = default, ReadOnlySpan<ulong[]> values = default)
    {
        foreach (var column in columns)
        {
            if (column is null || column.Length < words.Length)
            {
                throw new ArgumentException($"A text column has {column?.Length ?? 0} entries for {words.Length} words.", nameof(columns));
            }
        }

        foreach (var column in values)
        {
            if (column is null || column.Length < words.Length)
            {
                throw new ArgumentException($"A value column has {column?.Length ?? 0} entries for {words.Length} words.", nameof(values));
            }
        }

        Words = words;
        _columns = columns;
        _values = values;
    }

    /// <summary>The words.</summary>
    public ReadOnlySpan<string> Words { get; }

    /// <summary>Number of words.</summary>
    public int Length => Words.Length;

    /// <summary>Number of text columns.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Number of value columns.</summary>
    public int ValueCount => _values.Length;

    /// <summary>The word at <paramref name="index"/>, or <c>""</c> outside the sentence.</summary>
    public string Word(int index) => (uint)index < (uint)Words.Length ? Words[index] ?? string.Empty : string.Empty;

    /// <summary>Text column <paramref name="column"/> at <paramref name="index"/>, or <c>""</c> outside the sentence or for a missing column.</summary>
    public string Column(int column, int index) =>
        (uint)column < (uint)_columns.Length && (uint)index < (uint)Words.Length ? _columns[column][index] ?? string.Empty : string.Empty;

    /// <summary>Value column <paramref name="column"/> at <paramref name="index"/>, or 0 outside the sentence or for a missing column.</summary>
    public ulong Value(int column, int index) =>
        (uint)column < (uint)_values.Length && (uint)index < (uint)Words.Length ? _values[column][index] : 0;
}
