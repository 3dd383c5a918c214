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
    public const int FormatVersion = 4;

    [ThreadStatic]
    private static ulong[]? t_codes;

    [ThreadStatic]
    private static ulong[]? t_lexiconCodes;

    [ThreadStatic]
    private static ulong[][]? t_values;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly int[]? _backwardToForward;

    private static ReadOnlySpan<byte> Magic => "DYADPOS\0"u8;

    private readonly HashSet<ulong> _vocabulary;

    /// <summary>Creates a tagger from a trained sequence tagger and the training vocabulary.</summary>
    /// <param name="tagger">A tagger trained with <see cref="PosFeatureExtractor"/>.</param>
    /// <param name="vocabulary">Keys (<see cref="FeatureHash.Word"/>) of the words seen in training.</param>
    /// <param name="clusters">The word clusters the tagger was trained with, or null if it was trained without.</param>
    /// <param name="backward">
    /// Optionally, a second tagger trained on the sentences reversed (right to left); each word's scores from both
    /// are added, so that the choice sees the tags predicted on either side. Its labels must be those of
    /// <paramref name="tagger"/>, in any order.
    /// </param>
    /// <param name="lexicon">
    /// The tag lexicon the tagger was trained with (<see cref="PosFeatureExtractor.LexiconColumn"/>), or null; it needs
    /// <paramref name="clusters"/>, since the lexicon column comes after the cluster column.
    /// </param>
    /// <exception cref="ArgumentException">The backward tagger's labels differ from the forward tagger's, or a lexicon comes without clusters.</exception>
    public PosTagger(SequenceTagger tagger, IEnumerable<ulong> vocabulary, WordClusters? clusters = null, SequenceTagger? backward = null, TagLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (lexicon is not null && clusters is null)
        {
            throw new ArgumentException("A tag lexicon needs word clusters (its column follows theirs).", nameof(lexicon));
        }

        Tagger = tagger;
        Clusters = clusters;
        Backward = backward;
        Lexicon = lexicon;
        _vocabulary = [.. vocabulary];
        if (backward is not null)
        {
            if (backward.Labels.Count != tagger.Labels.Count)
            {
                throw new ArgumentException($"The backward tagger has {backward.Labels.Count} labels, the forward one {tagger.Labels.Count}.", nameof(backward));
            }

            _backwardToForward = new int[backward.Labels.Count];
            for (var c = 0; c < _backwardToForward.Length; c++)
            {
                _backwardToForward[c] = IndexOf(tagger.Labels, backward.Labels[c])
                    ?? throw new ArgumentException($"The backward tagger's label '{backward.Labels[c]}' is not a forward label.", nameof(backward));
            }
        }
    }

    /// <summary>The right-to-left tagger whose scores are added to the forward one's, or null.</summary>
    public SequenceTagger? Backward { get; }

    /// <summary>The tag lexicon learned from automatically tagged text whose tags feed the features, or null.</summary>
    public TagLexicon? Lexicon { get; }

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
        if (tags.Length < words.Length)
        {
            throw new ArgumentException($"Room for {tags.Length} tags, {words.Length} words.", nameof(tags));
        }

        if (Clusters is null && Backward is null)
        {
            Tagger.Tag(words, tags);
            return;
        }

        var codes = t_codes;
        if (codes is null || codes.Length < words.Length)
        {
            codes = t_codes = new ulong[Math.Max(words.Length, 64)];
        }

        var values = t_values ??= new ulong[2][];
        values[0] = codes;
        ReadOnlySpan<ulong[]> columns = default;
        if (Clusters is not null)
        {
            ClusterFeatures.Encode(Clusters, words, codes);
            columns = values.AsSpan(0, 1);
        }

        ulong[]? lexiconCodes = null;
        if (Lexicon is not null)
        {
            lexiconCodes = t_lexiconCodes;
            if (lexiconCodes is null || lexiconCodes.Length < words.Length)
            {
                lexiconCodes = t_lexiconCodes = new ulong[codes.Length];
            }

            Lexicon.Encode(words, lexiconCodes);
            values[1] = lexiconCodes;
            columns = values;
        }

        if (Backward is null)
        {
            Tagger.Tag(new SequenceInput(words, default, columns), tags);
            return;
        }

        TagBothWays(words, columns.IsEmpty ? null : codes, lexiconCodes, tags);
    }

    /// <summary>Runs the forward and the backward tagger and takes, for each word, the tag with the highest summed score.</summary>
    private void TagBothWays(ReadOnlySpan<string> words, ulong[]? codes, ulong[]? lexiconCodes, Span<int> tags)
    {
        var n = words.Length;
        var classes = Tagger.Weights.ClassCount;
        var scratch = t_scratch ??= new Scratch();
        scratch.Fit(n, classes);

        // The backward tagger reads the sentence reversed, with its cluster and lexicon codes reversed alongside.
        for (var i = 0; i < n; i++)
        {
            scratch.Reversed[i] = words[n - 1 - i];
            if (codes is not null)
            {
                scratch.ReversedCodes[i] = codes[n - 1 - i];
            }

            if (lexiconCodes is not null)
            {
                scratch.ReversedLexiconCodes[i] = lexiconCodes[n - 1 - i];
            }
        }

        var columnCount = codes is null ? 0 : lexiconCodes is null ? 1 : 2;
        scratch.ReversedColumns[0] = scratch.ReversedCodes;
        scratch.ReversedColumns[1] = scratch.ReversedLexiconCodes;
        var backwardColumns = scratch.ReversedColumns.AsSpan(0, columnCount);
        scratch.Columns[0] = codes!;
        scratch.Columns[1] = lexiconCodes!;
        var forwardColumns = scratch.Columns.AsSpan(0, columnCount);
        Tagger.Tag(new SequenceInput(words, default, forwardColumns), tags, scratch.Forward, scratch.ForwardDictionary);
        Backward!.Tag(new SequenceInput(scratch.Reversed.AsSpan(0, n), default, backwardColumns), scratch.BackwardTags, scratch.Backward, scratch.BackwardDictionary);
        var map = _backwardToForward!;
        for (var i = 0; i < n; i++)
        {
            if (scratch.ForwardDictionary[i])
            {
                continue; // both directions take a dictionary word's tag from the same dictionary
            }

            var sum = scratch.Forward.AsSpan(i * classes, classes);
            var back = scratch.Backward.AsSpan((n - 1 - i) * classes, classes);
            for (var c = 0; c < back.Length; c++)
            {
                sum[map[c]] += back[c];
            }

            tags[i] = AveragedPerceptron.ArgMax(sum);
        }

        scratch.Reversed.AsSpan(0, n).Clear();
    }

    private static int? IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the model: the magic bytes <c>DYADPOS\0</c>, a 32-bit version, then a Deflate-compressed body holding the
    /// labels, tag dictionary, weights (16-bit quantised when <paramref name="quantise"/>), vocabulary keys, the clusters'
    /// counts, the optional backward tagger and the optional tag lexicon.
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
        writer.Write(Backward is not null);
        Backward?.Write(writer, quantise);
        writer.Write(Lexicon is not null);
        Lexicon?.Write(writer);
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
                clusters = null;
            }
            else
            {
                clusters ??= LanguageModels.Clusters;
                if (clusters.WordCount != clusterWords || clusters.ClusterCount != clusterCount)
                {
                    throw new InvalidDataException($"The part-of-speech model was trained with {clusterWords} words in {clusterCount} clusters, not {clusters}.");
                }
            }

            var backward = reader.ReadBoolean() ? SequenceTagger.Read(reader, PosFeatureExtractor.Instance) : null;
            var lexicon = reader.ReadBoolean() ? TagLexicon.Read(reader) : null;
            try
            {
                return new PosTagger(tagger, keys, clusters, backward, lexicon);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"Corrupt part-of-speech model: {e.Message}", e);
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated part-of-speech model.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"PosTagger: {Tagger}, {_vocabulary.Count} vocabulary words"
        + (Clusters is null ? string.Empty : $", {Clusters}")
        + (Lexicon is null ? string.Empty : $", {Lexicon}")
        + (Backward is null ? string.Empty : $"; backward: {Backward}");

    /// <summary>Per-thread buffers for tagging in both directions, grown to the longest sentence seen.</summary>
    private sealed class Scratch
    {
        public string[] Reversed { get; private set; } = [];

        public ulong[] ReversedCodes { get; private set; } = [];

        public ulong[] ReversedLexiconCodes { get; private set; } = [];

        public ulong[][] ReversedColumns { get; } = new ulong[2][];

        public ulong[][] Columns { get; } = new ulong[2][];

        public int[] BackwardTags { get; private set; } = [];

        public float[] Forward { get; private set; } = [];

        public float[] Backward { get; private set; } = [];

        public bool[] ForwardDictionary { get; private set; } = [];

        public bool[] BackwardDictionary { get; private set; } = [];

        public void Fit(int words, int classes)
        {
            if (Reversed.Length >= words && Forward.Length >= words * classes)
            {
                return;
            }

            var n = Math.Max(words, 64);
            Reversed = new string[n];
            ReversedCodes = new ulong[n];
            ReversedLexiconCodes = new ulong[n];
            BackwardTags = new int[n];
            Forward = new float[n * classes];
            Backward = new float[n * classes];
            ForwardDictionary = new bool[n];
            BackwardDictionary = new bool[n];
        }
    }
}
