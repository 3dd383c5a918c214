using System.Text;

namespace Dyad.Language.Tagging;

/// <summary>
/// Part-of-speech tagger: labels words with Penn Treebank tags using a greedy averaged perceptron
/// (<see cref="SequenceTagger"/> over <see cref="PosFeatureExtractor"/>). Immutable and thread-safe.
/// </summary>
public sealed class PosTagger
{
    /// <summary>Format version written after the magic bytes; readers reject other versions.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "DYADPOS\0"u8;

    private readonly HashSet<ulong> _vocabulary;

    /// <summary>Creates a tagger from a trained sequence tagger and the training vocabulary.</summary>
    /// <param name="tagger">A tagger trained with <see cref="PosFeatureExtractor"/>.</param>
    /// <param name="vocabulary">Keys (<see cref="FeatureHash.Word"/>) of the words seen in training.</param>
    public PosTagger(SequenceTagger tagger, IEnumerable<ulong> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Tagger = tagger;
        _vocabulary = [.. vocabulary];
    }

    /// <summary>The underlying sequence tagger.</summary>
    public SequenceTagger Tagger { get; }

    /// <summary>The Penn tags this tagger can assign.</summary>
    public IReadOnlyList<string> Tags => Tagger.Labels;

    /// <summary>Number of distinct words seen in training.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Whether <paramref name="word"/> (case-sensitive) occurred in the training data.</summary>
    public bool IsKnown(string word) => word is not null && _vocabulary.Contains(FeatureHash.Word(word));

    /// <summary>Tags one sentence of words (already tokenised), one Penn tag per word.</summary>
    public string[] Tag(IReadOnlyList<string> words) => Tagger.Tag(words);

    /// <summary>Tags one sentence of words, writing tag indices into <see cref="Tags"/> to <paramref name="tags"/>; no allocations.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> tags) => Tagger.Tag(words, tags);

    /// <summary>
    /// Writes the model: the magic bytes <c>DYADPOS\0</c>, a 32-bit version, then a Deflate-compressed body holding the
    /// labels, tag dictionary, weights (16-bit quantised when <paramref name="quantise"/>) and vocabulary keys.
    /// </summary>
    public void Save(Stream stream, bool quantise = true)
    {
        using var body = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        using var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true);
        Tagger.Write(writer, quantise);
        var keys = new List<ulong>(_vocabulary);
        keys.Sort();
        writer.Write(keys.Count);
        foreach (var key in keys)
        {
            writer.Write(key);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a part-of-speech model of this version, or is corrupt.</exception>
    public static PosTagger Load(Stream stream)
    {
        using var body = ModelFile.OpenRead(stream, Magic, FormatVersion, "part-of-speech model");
        using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
        try
        {
            var tagger = SequenceTagger.Read(reader, PosFeatureExtractor.Instance);
            var count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException($"Corrupt part-of-speech model: {count} vocabulary words.");
            }

            var keys = new ulong[count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = reader.ReadUInt64();
            }

            return new PosTagger(tagger, keys);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated part-of-speech model.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"PosTagger: {Tagger}, {_vocabulary.Count} vocabulary words";
}
