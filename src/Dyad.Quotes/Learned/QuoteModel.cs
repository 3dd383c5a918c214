using System.Collections.Frozen;
using Dyad.Language.Tagging;

namespace Dyad.Quotes;

/// <summary>
/// The learned part of the quote extractor: an averaged perceptron that keeps or drops the attributions the rules
/// would make from cues outside their table (any verb, or a noun after a possessor, with the subject and complement
/// the rule helpers find). Trained on PolNeAR train by <see cref="QuoteModelTrainer"/>; the shipped model is
/// <see cref="Default"/>. Immutable and thread-safe.
/// </summary>
public sealed class QuoteModel
{
    /// <summary>The feature set this build extracts; a model made with another is refused.</summary>
    public const string CurrentFeatureSet = "quotes-v4";

    private const int FormatVersion = 1;

    private static readonly Lazy<QuoteModel> Embedded = new(LoadEmbedded);

    private readonly PerceptronWeights _weights;
    private readonly FrozenSet<string> _skipWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _skipWordLookup;

    internal QuoteModel(PerceptronWeights weights, IEnumerable<string> skipWords, float threshold, string featureSet)
    {
        _weights = weights;
        _skipWords = skipWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _skipWordLookup = _skipWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Threshold = threshold;
        FeatureSet = featureSet;
    }

    /// <summary>The model embedded in this assembly (<c>Models/quotes.bin</c>), loaded on first use.</summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing.</exception>
    public static QuoteModel Default => Embedded.Value;

    /// <summary>A candidate is kept when its margin (score of "attribution" minus score of "none") exceeds this.</summary>
    public float Threshold { get; }

    /// <summary>The feature set the model was trained with (<see cref="CurrentFeatureSet"/>).</summary>
    public string FeatureSet { get; }

    /// <summary>Number of features with a weight.</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Number of words never tried as learned cues.</summary>
    public int SkipWordCount => _skipWords.Count;

    /// <summary>The same weights with another threshold (for tuning).</summary>
    public QuoteModel WithThreshold(float threshold) => new(_weights, _skipWords, threshold, FeatureSet);

    /// <summary>
    /// Whether <paramref name="word"/> (any case) is tried as a learned cue: any word but those that were candidates
    /// in training several times and (almost) never an attribution the rules missed (<c>is</c>, <c>won</c>, <c>met</c>).
    /// Those are not probed at all, which keeps the pass cheap.
    /// </summary>
    public bool IsCueWord(ReadOnlySpan<char> word) => !_skipWordLookup.Contains(word);

    /// <summary>The margin of a candidate with feature keys <paramref name="features"/>.</summary>
    internal float Margin(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _weights.Score(features, scores);
        return scores[1] - scores[0];
    }

    /// <summary>Writes the model: <c>DYADQUO\0</c>, format version, then a Deflate body (feature set, threshold, quantised weights, the words not tried, in ordinal order).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        using var writer = new BinaryWriter(body);
        writer.Write(FeatureSet);
        writer.Write(Threshold);
        _weights.Write(writer, quantise: true);
        var words = _skipWords.Order(StringComparer.Ordinal).ToArray();
        writer.Write(words.Length);
        foreach (var word in words)
        {
            writer.Write(word);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a quote model, another format version, or another feature set.</exception>
    public static QuoteModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = ModelFile.OpenRead(stream, Magic, FormatVersion, "quote model");
        using var reader = new BinaryReader(body);
        try
        {
            var featureSet = reader.ReadString();
            if (featureSet != CurrentFeatureSet)
            {
                throw new InvalidDataException($"Quote model feature set '{featureSet}'; this build extracts '{CurrentFeatureSet}'. Retrain with `dyad train quotes`.");
            }

            var threshold = reader.ReadSingle();
            var weights = PerceptronWeights.Read(reader);
            var count = reader.ReadInt32();
            if (count is < 0 or > 1 << 20)
            {
                throw new InvalidDataException($"Corrupt quote model: {count} skipped words.");
            }

            var words = new string[count];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = reader.ReadString();
            }

            return new QuoteModel(weights, words, threshold, featureSet);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Truncated quote model.", e);
        }
    }

    private static ReadOnlySpan<byte> Magic => "DYADQUO\0"u8;

    private static QuoteModel LoadEmbedded()
    {
        const string name = "Dyad.Quotes.Models.quotes.bin";
        using var stream = typeof(QuoteModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from Dyad.Quotes; build it with `dyad train quotes`.");
        return Load(stream);
    }
}
