using System.Text;
using Dyad.Language.Lexicon;

namespace Dyad.Language.Tagging;

/// <summary>
/// Part-of-speech tagger: labels words with Penn Treebank tags using a greedy averaged perceptron
/// (<see cref="SequenceTagger"/> over <see cref="PosFeatureExtractor"/>). Immutable and thread-safe.
/// </summary>
public sealed class PosTagger
{
    /// <summary>Format version written after the magic bytes; readers reject other versions.</summary>
    public const int FormatVersion = 2;

    [ThreadStatic]
    private static ulong[]? t_codes;

    [ThreadStatic]
    private static ulong[][]? t_values;

    private static ReadOnlySpan<byte> Magic => "DYADPOS\0"u8;

    private readonly HashSet<ulong> _vocabulary;

    /// <summary>Creates a tagger from a trained sequence tagger and the training vocabulary.</summary>
    /// <param name="tagger">A tagger trained with <see cref="PosFeatureExtractor"/>.</param>
    /// <param name="vocabulary">Keys (<see cref="FeatureHash.Word"/>) of the words seen in training.</param>
    /// <param name="clusters">The word clusters the tagger was trained with, or null if it was trained without.</param>
    public PosTagger(SequenceTagger tagger, IEnumerable<ulong> vocabulary, WordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Tagger = tagger;
        Clusters = clusters;
        _vocabulary = [.. vocabulary];
    }

    /// <summary>The word clusters whose paths feed the features, or null.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>The underlying sequence tagger.</summary>
    public SequenceTagger Tagger { get; }

    /// <summary>The Penn tags this tagger can assign.</summary>
    public IReadOnlyList<string> Tags => Tagger.Labels;

    /// <summary>Number of distinct words seen in training.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Whether <paramref name="word"/> (case-sensitive) occurred in the training data.</summary>
    public bool IsKnown(string word) => word is not null && _vocabulary.Contains(FeatureHash.Word(word));

    /// <summary>Tags one sentence of words (already tokenised), one Penn tag per word.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        var indices = array.Length <= 256 ? stackalloc int[array.Length] : new int[array.Length];
        Tag(array, indices);
        var result = new string[array.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Tagger.Labels[indices[i]];
        }

        return result;
    }

    /// <summary>Tags one sentence of words, writing tag indices into <see cref="Tags"/> to <paramref name="tags"/>; no allocations once the per-thread buffers fit the sentence.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> tags)
    {
        if (Clusters is null)
        {
            Tagger.Tag(words, tags);
            return;
        }

        var codes = t_codes;
        if (codes is null || codes.Length < words.Length)
        {
            codes = t_codes = new ulong[Math.Max(words.Length, 64)];
        }

        var values = t_values ??= new ulong[1][];
        values[0] = codes;
        ClusterFeatures.Encode(Clusters, words, codes);
        Tagger.Tag(new SequenceInput(words, default, values), tags);
    }

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

        // Which clusters the features were computed from (word and cluster counts; 0, 0 for none).
        writer.Write(Clusters?.WordCount ?? 0);
        writer.Write(Clusters?.ClusterCount ?? 0);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a model trained with word clusters gets the shipped ones (<see cref="LanguageModels.Clusters"/>).</summary>
    /// <exception cref="InvalidDataException">The stream is not a part-of-speech model of this version, or is corrupt.</exception>
    public static PosTagger Load(Stream stream) => Load(stream, null);

    /// <summary>Reads a model written by <see cref="Save"/>, pairing it with <paramref name="clusters"/> (null: the shipped ones, if the model needs clusters).</summary>
    /// <exception cref="InvalidDataException">The stream is not a part-of-speech model of this version, is corrupt, or was trained with other clusters.</exception>
    public static PosTagger Load(Stream stream, WordClusters? clusters)
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

            var clusterWords = reader.ReadInt32();
            var clusterCount = reader.ReadInt32();
            if (clusterWords == 0 && clusterCount == 0)
            {
                return new PosTagger(tagger, keys);
            }

            clusters ??= LanguageModels.Clusters;
            if (clusters.WordCount != clusterWords || clusters.ClusterCount != clusterCount)
            {
                throw new InvalidDataException($"The part-of-speech model was trained with {clusterWords} words in {clusterCount} clusters, not {clusters}.");
            }

            return new PosTagger(tagger, keys, clusters);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated part-of-speech model.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"PosTagger: {Tagger}, {_vocabulary.Count} vocabulary words" + (Clusters is null ? string.Empty : $", {Clusters}");
}
