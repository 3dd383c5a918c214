using System.Text;
using Dyad.Language.Tagging;

namespace Dyad.Language.Chunking;

/// <summary>
/// Shallow parser: groups the words of a sentence into non-overlapping phrases (NP, VP, PP, ADJP, ADVP, SBAR, PRT, ...)
/// from the words and their part-of-speech tags, with a greedy averaged perceptron
/// (<see cref="SequenceTagger"/> over <see cref="ChunkFeatureExtractor"/>) that labels each word B-/I-/O.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Tag(ReadOnlySpan{string}, ReadOnlySpan{string}, Span{int})"/> allocates
/// nothing once its per-thread buffers have grown to the longest sentence seen.
/// </remarks>
public sealed class Chunker
{
    /// <summary>Format version written after the magic bytes; readers reject other versions.</summary>
    public const int FormatVersion = 2;

    [ThreadStatic]
    private static string[]? t_tags;

    [ThreadStatic]
    private static string[][]? t_columns;

    private static ReadOnlySpan<byte> Magic => "DYADCHK\0"u8;

    private readonly ChunkPosition[] _positions;
    private readonly string[] _types;

    /// <summary>Creates a chunker from a sequence tagger trained with <see cref="ChunkFeatureExtractor"/> on chunk labels.</summary>
    /// <param name="tagger">The trained tagger.</param>
    /// <param name="contexts">Labels settled by the part-of-speech context alone, taken without scoring (none when null).</param>
    /// <exception cref="ArgumentException">The tagger was trained with other features.</exception>
    public Chunker(SequenceTagger tagger, ChunkContextTable? contexts = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        if (tagger.Extractor is not ChunkFeatureExtractor)
        {
            throw new ArgumentException($"The tagger uses features '{tagger.Extractor.Name}', not chunk features.", nameof(tagger));
        }

        Tagger = tagger;
        Contexts = contexts ?? ChunkContextTable.Empty;
        _positions = new ChunkPosition[tagger.Labels.Count];
        _types = new string[tagger.Labels.Count];
        for (var i = 0; i < _positions.Length; i++)
        {
            (_positions[i], _types[i]) = ChunkLabels.Parse(tagger.Labels[i]);
        }
    }

    /// <summary>The underlying sequence tagger.</summary>
    public SequenceTagger Tagger { get; }

    /// <summary>The contexts whose label is taken without scoring.</summary>
    public ChunkContextTable Contexts { get; }

    /// <summary>The labels this chunker assigns (index = the values written by <see cref="Tag(ReadOnlySpan{string}, ReadOnlySpan{string}, Span{int})"/>).</summary>
    public IReadOnlyList<string> Labels => Tagger.Labels;

    /// <summary>The position in a phrase that label index <paramref name="label"/> marks.</summary>
    public ChunkPosition PositionOf(int label) => _positions[label];

    /// <summary>The phrase type of label index <paramref name="label"/> (empty for outside).</summary>
    public string TypeOf(int label) => _types[label];

    /// <summary>
    /// Labels each word, writing one label index (into <see cref="Labels"/>) per word into <paramref name="labels"/>.
    /// No allocation once the per-thread buffers fit the sentence.
    /// </summary>
    /// <param name="words">The sentence, one token per word.</param>
    /// <param name="posTags">Penn part-of-speech tags, one per word (e.g. from <see cref="PosTagger"/>).</param>
    /// <param name="labels">Receives the labels; at least as long as <paramref name="words"/>.</param>
    /// <exception cref="ArgumentException">The tags or the label span are shorter than the sentence.</exception>
    public void Tag(ReadOnlySpan<string> words, ReadOnlySpan<string> posTags, Span<int> labels)
    {
        if (posTags.Length < words.Length)
        {
            throw new ArgumentException($"{posTags.Length} part-of-speech tags for {words.Length} words.", nameof(posTags));
        }

        if (labels.Length < words.Length)
        {
            throw new ArgumentException($"Room for {labels.Length} labels, {words.Length} words.", nameof(labels));
        }

        if (words.IsEmpty)
        {
            return;
        }

        // SequenceInput reads columns as arrays; copy the tag references into a per-thread array (no strings copied).
        var tags = t_tags;
        if (tags is null || tags.Length < words.Length)
        {
            tags = t_tags = new string[Math.Max(words.Length, 64)];
        }

        var columns = t_columns ??= new string[1][];
        columns[0] = tags;
        posTags[..words.Length].CopyTo(tags);
        Tagger.Tag(new SequenceInput(words, columns), labels, Contexts.Count > 0 ? Contexts : null);
        tags.AsSpan(0, words.Length).Clear();
    }

    /// <summary>The phrases of one sentence, in order, given its words and their part-of-speech tags.</summary>
    /// <exception cref="ArgumentException">There are fewer tags than words.</exception>
    public IReadOnlyList<Chunk> Chunk(ReadOnlySpan<string> words, ReadOnlySpan<string> posTags)
    {
        var chunks = new List<Chunk>();
        Chunk(words, posTags, chunks);
        return chunks;
    }

    /// <summary>Appends the phrases of one sentence to <paramref name="chunks"/>, in order.</summary>
    /// <exception cref="ArgumentException">There are fewer tags than words.</exception>
    public void Chunk(ReadOnlySpan<string> words, ReadOnlySpan<string> posTags, ICollection<Chunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var labels = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        Tag(words, posTags, labels);
        Decode(labels, chunks);
    }

    /// <summary>Decodes label indices written by <see cref="Tag(ReadOnlySpan{string}, ReadOnlySpan{string}, Span{int})"/> into phrases.</summary>
    public void Decode(ReadOnlySpan<int> labels, ICollection<Chunk> chunks) => ChunkLabels.Decode(labels, _positions, _types, chunks);

    /// <summary>Labels one sentence, one label string per word (e.g. <c>B-NP</c>).</summary>
    public string[] Label(ReadOnlySpan<string> words, ReadOnlySpan<string> posTags)
    {
        var labels = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        Tag(words, posTags, labels);
        var result = new string[words.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Tagger.Labels[labels[i]];
        }

        return result;
    }

    /// <summary>
    /// Writes the model: the magic bytes <c>DYADCHK\0</c>, a 32-bit version, then a Deflate-compressed body holding the
    /// feature-set name, labels and weights (16-bit quantised when <paramref name="quantise"/>), then the context table.
    /// </summary>
    public void Save(Stream stream, bool quantise = true)
    {
        using var body = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        using var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true);
        Tagger.Write(writer, quantise);
        Contexts.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a chunk model of this version, or is corrupt.</exception>
    public static Chunker Load(Stream stream)
    {
        using var body = ModelFile.OpenRead(stream, Magic, FormatVersion, "chunk model");
        using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
        try
        {
            var tagger = SequenceTagger.Read(reader, ChunkFeatureExtractor.Instance);
            return new Chunker(tagger, ChunkContextTable.Read(reader, tagger.Labels.Count));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated chunk model.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Chunker: {Tagger}, {Contexts.Count} contexts settled";
}
