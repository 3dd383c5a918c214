using System.Text;
using Dyad.Language.Lexicon;

namespace Dyad.Language.Tagging;

/// <summary>
/// A greedy left-to-right sequence tagger: each word is labelled by an averaged perceptron from features of the
/// sentence around it and of the two labels predicted before it. The label set and the feature extractor are
/// parameters, so one implementation serves part of speech, chunks and named entities.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; each call uses a per-thread feature buffer. With quantised weights, scores are exact
/// integer sums (<see cref="PerceptronWeights.Accumulate"/>); with an <see cref="IGroupedFeatureExtractor"/> as well,
/// each thread keeps a bounded cache of the sums of feature groups (the last <see cref="ScoreCachesPerThread"/>
/// taggers' caches), which gives the same sums as scoring every feature afresh.
/// </remarks>
public sealed class SequenceTagger
{
    /// <summary>Rows of the per-thread score cache of a tagger with an <see cref="IGroupedFeatureExtractor"/> and quantised weights (about 6.5 MB for 45 classes, 4.3 MB for 20).</summary>
    public const int ScoreCacheRows = 32768;

    /// <summary>How many score caches one thread keeps (taggers and entity stages together); the oldest is dropped for a new one.</summary>
    public const int ScoreCachesPerThread = ScoreCache.PerThread;

    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    private readonly string[] _labels;
    private readonly Dictionary<string, int> _tagDictionary;
    private readonly IGroupedFeatureExtractor? _grouped;

    /// <summary>Creates a tagger from trained parts.</summary>
    /// <param name="labels">The label of each class index.</param>
    /// <param name="extractor">The feature extractor the weights were trained with.</param>
    /// <param name="weights">The trained weights.</param>
    /// <param name="tagDictionary">Words labelled without scoring (frequent and unambiguous in training), by class index.</param>
    public SequenceTagger(IReadOnlyList<string> labels, ISequenceFeatureExtractor extractor, PerceptronWeights weights, IReadOnlyDictionary<string, int>? tagDictionary = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(weights);
        if (labels.Count != weights.ClassCount)
        {
            throw new ArgumentException($"{labels.Count} labels for {weights.ClassCount} weight classes.", nameof(labels));
        }

        _labels = [.. labels];
        Extractor = extractor;
        Weights = weights;
        _tagDictionary = tagDictionary is null ? new(StringComparer.Ordinal) : new(tagDictionary, StringComparer.Ordinal);
        _grouped = weights.IsQuantised ? extractor as IGroupedFeatureExtractor : null;
    }

    /// <summary>The labels, by class index.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The feature extractor.</summary>
    public ISequenceFeatureExtractor Extractor { get; }

    /// <summary>The trained weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>Number of words in the tag dictionary.</summary>
    public int TagDictionaryCount => _tagDictionary.Count;

    /// <summary>Labels <paramref name="words"/>, writing one class index per word into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> tags) => Tag(new SequenceInput(words), tags);

    /// <summary>Labels the words of <paramref name="input"/>, writing one class index per word into <paramref name="tags"/>.</summary>
    public void Tag(in SequenceInput input, Span<int> tags) => Tag(input, tags, null);

    /// <summary>
    /// Labels the words of <paramref name="input"/>, writing one class index per word into <paramref name="tags"/>;
    /// a word whose context <paramref name="shortcut"/> settles takes that label unscored.
    /// </summary>
    public void Tag(in SequenceInput input, Span<int> tags, ILabelShortcut? shortcut)
    {
        var words = input.Words;
        if (tags.Length < words.Length)
        {
            throw new ArgumentException($"Room for {tags.Length} tags, {words.Length} words.", nameof(tags));
        }

        var buffer = t_buffer ??= new FeatureBuffer();
        var cache = _grouped is null ? null : CacheForThread();
        var classes = Weights.ClassCount;
        Span<float> scores = stackalloc float[classes];
        Span<int> sums = stackalloc int[Weights.Stride];
        int p1 = -1, p2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!InDictionary(words[i], out var tag) && (shortcut is null || !shortcut.TryLabel(input, i, p1, out tag)))
            {
                if (Weights.IsQuantised)
                {
                    ScoreCache.Sum(cache, Extractor, Weights, input, i, p1, p2, buffer, sums);
                    tag = AveragedPerceptron.ArgMax<int>(sums[..classes]);
                }
                else
                {
                    buffer.Clear();
                    Extractor.Extract(input, i, p1, p2, buffer);
                    Weights.Score(buffer.Keys, scores);
                    tag = AveragedPerceptron.ArgMax(scores);
                }
            }

            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }
    }

    /// <summary>
    /// Labels the words of <paramref name="input"/> as <see cref="Tag(in SequenceInput, Span{int})"/> does, and also
    /// writes each word's class scores to <paramref name="scores"/> (row <c>i</c> at <c>i * ClassCount</c>), so that
    /// the scores of several taggers can be combined. Rows of words labelled from the tag dictionary are left cleared.
    /// </summary>
    /// <param name="input">The sentence and its columns.</param>
    /// <param name="tags">Receives one class index per word.</param>
    /// <param name="scores">Receives the class scores, <c>ClassCount</c> per word.</param>
    /// <param name="fromDictionary">Receives, per word, whether it was labelled from the tag dictionary.</param>
    public void Tag(in SequenceInput input, Span<int> tags, Span<float> scores, Span<bool> fromDictionary)
    {
        var words = input.Words;
        var classes = Weights.ClassCount;
        if (tags.Length < words.Length || scores.Length < words.Length * classes || fromDictionary.Length < words.Length)
        {
            throw new ArgumentException($"Room for {tags.Length} tags, {scores.Length} scores and {fromDictionary.Length} flags, {words.Length} words.", nameof(tags));
        }

        var buffer = t_buffer ??= new FeatureBuffer();
        var cache = _grouped is null ? null : CacheForThread();
        Span<int> sums = stackalloc int[Weights.Stride];
        int p1 = -1, p2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var row = scores.Slice(i * classes, classes);
            var known = _tagDictionary.TryGetValue(words[i] ?? string.Empty, out var tag);
            if (known)
            {
                row.Clear();
            }
            else if (Weights.IsQuantised)
            {
                ScoreCache.Sum(cache, Extractor, Weights, input, i, p1, p2, buffer, sums);
                tag = AveragedPerceptron.ArgMax<int>(sums[..classes]);
                for (var c = 0; c < classes; c++)
                {
                    row[c] = sums[c] * Weights.Scale;
                }
            }
            else
            {
                buffer.Clear();
                Extractor.Extract(input, i, p1, p2, buffer);
                Weights.Score(buffer.Keys, row);
                tag = AveragedPerceptron.ArgMax(row);
            }

            fromDictionary[i] = known;
            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> is labelled from the tag dictionary, and with what. Answers are memoised per
    /// thread by string instance (<see cref="WordMemo{T}"/>): the pipeline passes the same string for the same word.
    /// </summary>
    private bool InDictionary(string? word, out int tag)
    {
        if (_tagDictionary.Count == 0 || word is null)
        {
            tag = 0;
            return word is null && _tagDictionary.TryGetValue(string.Empty, out tag);
        }

        var memo = WordMemo<int>.ForThread(this);
        if (!memo.TryGet(word, out var known))
        {
            known = _tagDictionary.TryGetValue(word, out var found) ? found : -1;
            memo.Set(word, known);
        }

        tag = Math.Max(known, 0);
        return known >= 0;
    }

    /// <summary>This thread's score cache for this tagger, made on first use.</summary>
    private ScoreCache CacheForThread() => ScoreCache.ForThread(this, Weights.Stride, ScoreCacheRows);

    /// <summary>Rows filled in the calling thread's score cache for this tagger (0 before its first use or without a grouped extractor); never more than <see cref="ScoreCacheRows"/>.</summary>
    public int CachedScoreRows() => ScoreCache.CountForThread(this);

    /// <summary>Labels <paramref name="words"/>, one label per word.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        return Tag(new SequenceInput(array));
    }

    /// <summary>Labels a sentence with its columns (as in training), one label per word.</summary>
    public string[] Tag(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words as string[] ?? [.. sentence.Words];
        return Tag(new SequenceInput(words, [.. sentence.Columns], [.. sentence.Values]));
    }

    /// <summary>Labels the words of <paramref name="input"/>, one label per word.</summary>
    public string[] Tag(in SequenceInput input)
    {
        var indices = input.Length <= 256 ? stackalloc int[input.Length] : new int[input.Length];
        Tag(input, indices);
        var labels = new string[input.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = _labels[indices[i]];
        }

        return labels;
    }

    /// <summary>Writes the labels, the extractor's name, the tag dictionary and the weights.</summary>
    public void Write(BinaryWriter writer, bool quantise)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Extractor.Name);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        writer.Write(_tagDictionary.Count);
        var entries = new List<KeyValuePair<string, int>>(_tagDictionary);
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (word, tag) in entries)
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        Weights.Write(writer, quantise);
    }

    /// <summary>Reads a tagger written by <see cref="Write"/>, checking that it was trained with <paramref name="extractor"/>.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt or was made with another extractor.</exception>
    public static SequenceTagger Read(BinaryReader reader, ISequenceFeatureExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(extractor);
        var name = reader.ReadString();
        if (!string.Equals(name, extractor.Name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The model was trained with features '{name}', not '{extractor.Name}'.");
        }

        var labelCount = reader.ReadInt32();
        if (labelCount is < 1 or > 256)
        {
            throw new InvalidDataException($"Corrupt model: {labelCount} labels.");
        }

        var labels = new string[labelCount];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        var dictionaryCount = reader.ReadInt32();
        if (dictionaryCount < 0)
        {
            throw new InvalidDataException($"Corrupt model: {dictionaryCount} dictionary words.");
        }

        var dictionary = new Dictionary<string, int>(dictionaryCount, StringComparer.Ordinal);
        for (var i = 0; i < dictionaryCount; i++)
        {
            var word = reader.ReadString();
            var tag = reader.ReadByte();
            if (tag >= labelCount)
            {
                throw new InvalidDataException($"Corrupt model: dictionary tag {tag} of {labelCount}.");
            }

            dictionary[word] = tag;
        }

        var weights = PerceptronWeights.Read(reader);
        if (weights.ClassCount != labelCount)
        {
            throw new InvalidDataException($"Corrupt model: {weights.ClassCount} weight classes for {labelCount} labels.");
        }

        return new SequenceTagger(labels, extractor, weights, dictionary);
    }

    /// <summary>A one-line description: labels, features, weights.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(_labels.Length).Append(" labels, ")
            .Append(Weights.FeatureCount).Append(" features, ")
            .Append(Weights.WeightCount).Append(" weights, ")
            .Append(_tagDictionary.Count).Append(" dictionary words");
        return text.ToString();
    }
}
