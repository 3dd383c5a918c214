using System.Globalization;
using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// One stage of the entity tagger: a greedy left-to-right perceptron over <see cref="EntityLabelSet"/>, with a list
/// of frequent words that training never saw inside an entity (labelled O without scoring).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; each thread reuses its own feature buffer and keeps a bounded cache of the summed
/// weights of the extractor's feature groups (<see cref="IGroupedFeatureExtractor"/>) by group key, so a frequent
/// word's own features, and its features as a neighbour, are looked up in the weight table once rather than at every
/// occurrence. The sums are exact integers, so cached and uncached scoring give the same scores and labels.
/// </remarks>
internal sealed class EntityStage
{
    /// <summary>Rows of the per-thread score cache of one stage (about 1.5 MB with 17 classes).</summary>
    public const int ScoreCacheRows = 16384;

    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    private readonly HashSet<string> _outside;

    public EntityStage(EntityFeatureExtractor extractor, EntityWeights weights, IEnumerable<string> outsideWords)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.ClassCount != EntityLabelSet.Count)
        {
            throw new InvalidDataException($"Entity weights have {weights.ClassCount} classes, expected {EntityLabelSet.Count}.");
        }

        Extractor = extractor;
        Weights = weights;
        _outside = new HashSet<string>(outsideWords, StringComparer.Ordinal);
    }

    public EntityFeatureExtractor Extractor { get; }

    public EntityWeights Weights { get; }

    public int OutsideWordCount => _outside.Count;

    /// <summary>Labels the words of <paramref name="input"/> with label indices of <see cref="EntityLabelSet"/>.</summary>
    /// <param name="input">The sentence and its columns.</param>
    /// <param name="labels">Receives one label index per word.</param>
    /// <param name="firstStage">For the second stage, the first stage's labels (see <see cref="SkipsUnnamedWord"/>); empty for the first stage.</param>
    /// <param name="useCache">Whether to sum feature groups through this thread's score cache (the same sums, faster) or every feature afresh.</param>
    public void Tag(in SequenceInput input, Span<int> labels, ReadOnlySpan<int> firstStage = default, bool useCache = true) =>
        Tag(input, labels, firstStage, useCache ? ScoreCache.ForThread(this, Weights.Stride, ScoreCacheRows) : null);

    private void Tag(in SequenceInput input, Span<int> labels, ReadOnlySpan<int> firstStage, ScoreCache? cache)
    {
        var words = input.Words;
        var buffer = t_buffer ??= new FeatureBuffer();
        Span<int> sums = stackalloc int[Weights.Stride];
        int p1 = -1, p2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var label = 0;
            var word = words[i] ?? string.Empty;
            if (!SkipsUnnamedWord(word, i + 1 < words.Length ? words[i + 1] : null, p1, firstStage.IsEmpty ? 0 : firstStage[i]) && !_outside.Contains(word)
                && (firstStage.IsEmpty || !SettledOutside(input, firstStage, i, p1)))
            {
                ScoreCache.Sum(cache, Extractor, Weights, input, i, p1, p2, buffer, sums);
                label = ArgMax(sums[..EntityLabelSet.Count]);
            }

            labels[i] = label;
            p2 = p1;
            p1 = label;
        }
    }

    /// <summary>Whether <paramref name="word"/> is labelled O without scoring.</summary>
    public bool IsOutsideWord(string word) => _outside.Contains(word);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Extractor.Name);
        var words = new List<string>(_outside);
        words.Sort(StringComparer.Ordinal);
        writer.Write(words.Count);
        foreach (var word in words)
        {
            writer.Write(word);
        }

        Weights.Write(writer);
    }

    public static EntityStage Read(BinaryReader reader, EntityFeatureExtractor extractor)
    {
        var name = reader.ReadString();
        if (!string.Equals(name, extractor.Name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The entity model was trained with features '{name}', not '{extractor.Name}'.");
        }

        var count = reader.ReadInt32();
        if (count is < 0 or > 1 << 22)
        {
            throw new InvalidDataException($"Corrupt entity model: {count} outside words.");
        }

        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }

        return new EntityStage(extractor, EntityWeights.Read(reader), words);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Weights.FeatureCount:N0} features, {Weights.WeightCount:N0} weights, {_outside.Count} outside words");

    /// <summary>
    /// Whether a word is labelled O without scoring at tagging time: no entity is open before it (the previous label is
    /// O or ends an entity), in the second stage the first stage left it outside, and either it begins with a
    /// lower-case letter, or it holds no letter at all: punctuation and signs always, figures when the word after them
    /// does not begin with a capital (which keeps <c>1860 Munich</c>).
    /// </summary>
    /// <remarks>
    /// Fewer than 0.4 % of lower-case words in eng.train are inside entities, nearly all of them connectives inside
    /// open names (<c>Bank of England</c>, <c>van Gaal</c>), which this rule still scores; of the 46,541 words of
    /// eng.train that do not begin with a letter, 34 begin an entity (the awk count in docs/performance.md). Skipping lower-case words halved the time on
    /// running text and cost 0.0004 F1 on eng.testa; skipping the letterless words too, with <see cref="SettledOutside"/>,
    /// takes about a quarter off the entity stage on Reuters-21578 and moves eng.testa from 0.9267 to 0.9270
    /// (`dyad eval ner`). Training still scores every word: a model trained with the lower-case rule was 0.003 F1
    /// worse, since it no longer learnt from lower-case context.
    /// </remarks>
    internal static bool SkipsUnnamedWord(string word, string? next, int previousLabel, int firstStageLabel) =>
        firstStageLabel == 0 && word.Length > 0
        && (char.IsLower(word[0]) || Letterless(word) switch
        {
            Letters.None => true,
            Letters.Digits => string.IsNullOrEmpty(next) || !char.IsUpper(next[0]),
            _ => false,
        })
        && (previousLabel <= 0 || EntityLabelSet.Prefixes[previousLabel] is 'L' or 'U');

    /// <summary>
    /// Whether the second stage keeps the first stage's O without scoring: the first stage left the word and both its
    /// neighbours outside, no entity is open before it, and the first stage gave no other occurrence of the word in the
    /// document an entity type, so none of the second stage's document or neighbour features has news for it.
    /// </summary>
    internal static bool SettledOutside(in SequenceInput input, ReadOnlySpan<int> firstStage, int index, int previousLabel) =>
        firstStage[index] == 0
        && (previousLabel <= 0 || EntityLabelSet.Prefixes[previousLabel] is 'L' or 'U')
        && (index == 0 || firstStage[index - 1] == 0)
        && (index + 1 >= firstStage.Length || firstStage[index + 1] == 0)
        && (input.Value(EntityColumns.Aggregate, index) >> 8) == 0;

    /// <summary>Whether a word holds a letter, else whether it holds a digit.</summary>
    private static Letters Letterless(string word)
    {
        var digits = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return Letters.Some;
            }

            digits |= char.IsAsciiDigit(c);
        }

        return digits ? Letters.Digits : Letters.None;
    }

    private static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private enum Letters
    {
        None,
        Digits,
        Some,
    }
}
