using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Dyad.Core;
using Dyad.Language.Tagging;
using Dyad.Language.Tokens;

namespace Dyad.Language.Sentences;

/// <summary>
/// Sentence splitting in two steps: the rules of <see cref="SentenceSplitter"/> propose boundaries, then an averaged
/// perceptron decides every gap between tokens, left to right, from the rules' proposal, the words and shapes around
/// the gap and the shape of the sentence built so far (<see cref="BoundaryFeatures"/>). The model learns what the
/// rules cannot see, chiefly where rows of results and tables end once their line breaks are gone, and which way a
/// straight quote after a full stop belongs. Paragraph breaks, and rule boundaries whose cue is unambiguous (a
/// transcript speaker label at the start of a line, a dateline's date, a curly quote), always end a sentence; no sentence ends before a
/// token that cannot start one (a lower-case word, a comma, a closing bracket) or right after an opening curly quote.
/// Immutable and thread-safe.
/// </summary>
public sealed class SentenceBoundaryModel
{
    /// <summary>Format version written after the magic bytes; readers reject other versions.</summary>
    public const int FormatVersion = 1;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private static ReadOnlySpan<byte> Magic => "DYADSEN\0"u8;

    private readonly PerceptronWeights _weights;

    /// <summary>Creates a model from trained weights over two classes: 0 no boundary, 1 boundary.</summary>
    public SentenceBoundaryModel(PerceptronWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.ClassCount != 2)
        {
            throw new ArgumentException($"A boundary model has 2 classes, not {weights.ClassCount}.", nameof(weights));
        }

        _weights = weights;
    }

    /// <summary>The trained weights.</summary>
    public PerceptronWeights Weights => _weights;

    /// <summary>Splits <paramref name="text"/>, already tokenized into <paramref name="tokens"/>, into sentences.</summary>
    public Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>((tokens.Length / 20) + 1);
        Split(text.AsSpan(), tokens, sentences);
        return [.. sentences];
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>; together they cover every token, in order.</summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.IsEmpty)
        {
            return;
        }

        var scratch = t_scratch ??= new Scratch();
        var ruleEnds = scratch.RuleEnds(text, tokens);
        var scorer = new TrainedScorer(_weights, scratch.Scores, scratch.Sums);
        Decode(text, tokens, ruleEnds, scratch.Classes(tokens.Length), scratch.Features, ref scorer, sentences);
    }

    /// <summary>
    /// Walks the gaps left to right, asking <paramref name="scorer"/> about each candidate gap, and appends the
    /// sentences. Shared by prediction and training so that both see the same history.
    /// </summary>
    internal static void Decode<TScorer>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> ruleEnds, Span<byte> classes, FeatureBuffer features, ref TScorer scorer, List<Sentence>? sentences)
        where TScorer : struct, IBoundaryScorer
    {
        var segment = default(BoundaryFeatures.Segment);
        BoundaryFeatures.Classify(text, tokens, classes);
        segment.Start(classes);
        for (var i = 0; i < tokens.Length; i++)
        {
            segment.Take(text, tokens, classes, i);
            bool end;
            if (i + 1 >= tokens.Length)
            {
                end = true;
            }
            else if ((ruleEnds[i] && BoundaryFeatures.IsUnambiguous(text, tokens, i, segment.First)) || SentenceSplitter.IsParagraphBreak(text[tokens[i].Span.End..tokens[i + 1].Span.Start]))
            {
                end = true;
                scorer.Forced(i, true);
            }
            else if (!BoundaryFeatures.IsCandidate(text, tokens, i, ruleEnds[i]))
            {
                end = false;
                scorer.Forced(i, false);
            }
            else
            {
                features.Clear();
                BoundaryFeatures.Extract(text, tokens, classes, i, ruleEnds[i], segment, features);
                end = scorer.IsBoundary(i, features.Keys) && !BoundaryFeatures.NeverEnds(text, tokens, i);
            }

            if (end)
            {
                sentences?.Add(new Sentence(new TextSpan(tokens[segment.First].Span.Start, tokens[i].Span.End), segment.First, i - segment.First + 1));
                segment.Reset(i + 1);
            }
        }
    }

    /// <summary>
    /// Writes the model: the magic bytes <c>DYADSEN\0</c>, a 32-bit version, then a Deflate-compressed body holding
    /// the feature-set name and the weights (16-bit quantised).
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(FormatVersion);
        }

        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(BoundaryFeatures.Name);
        _weights.Write(writer, quantise: true);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a boundary model of this version or feature set.</exception>
    public static SentenceBoundaryModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[8];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Dyad sentence boundary model (bad magic bytes).");
        }

        using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            var version = header.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Sentence boundary model format {version}; this build reads {FormatVersion}.");
            }
        }

        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(deflate, Encoding.UTF8, leaveOpen: true);
        var name = reader.ReadString();
        if (!string.Equals(name, BoundaryFeatures.Name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The model was trained with features '{name}', not '{BoundaryFeatures.Name}'.");
        }

        return new SentenceBoundaryModel(PerceptronWeights.Read(reader));
    }

    /// <summary>A one-line description.</summary>
    public override string ToString() => $"sentence boundaries: {_weights.FeatureCount} features, {_weights.WeightCount} weights";

    /// <summary>Decides candidate gaps.</summary>
    internal interface IBoundaryScorer
    {
        /// <summary>Whether the gap after token <paramref name="index"/>, with these features, ends a sentence.</summary>
        bool IsBoundary(int index, ReadOnlySpan<ulong> features);

        /// <summary>Told about a gap decided without the model.</summary>
        void Forced(int index, bool boundary);
    }

    private struct TrainedScorer(PerceptronWeights weights, float[] scores, int[] sums) : IBoundaryScorer
    {
        public readonly bool IsBoundary(int index, ReadOnlySpan<ulong> features)
        {
            // Quantised weights (as shipped) are summed as exact integers: faster than the float path, and the same
            // decision but for a float rounding at an exact tie.
            if (weights.IsQuantised)
            {
                var row = sums.AsSpan(0, weights.Stride);
                row.Clear();
                weights.Accumulate(features, row);
                return row[1] > row[0];
            }

            weights.Score(features, scores);
            return scores[1] > scores[0];
        }

        public readonly void Forced(int index, bool boundary)
        {
        }
    }

    /// <summary>Per-thread buffers.</summary>
    internal sealed class Scratch
    {
        private readonly List<Sentence> _ruleSentences = new(64);
        private bool[] _ruleEnds = new bool[256];

        private byte[] _classes = new byte[256];

        public FeatureBuffer Features { get; } = new();

        /// <summary>A buffer for one token class per token.</summary>
        public Span<byte> Classes(int count)
        {
            if (_classes.Length < count)
            {
                _classes = new byte[Math.Max(count, _classes.Length * 2)];
            }

            return _classes.AsSpan(0, count);
        }

        public float[] Scores { get; } = new float[2];

        /// <summary>Integer sums for quantised weights (one vector of classes is plenty for two).</summary>
        public int[] Sums { get; } = new int[Math.Max(64, System.Numerics.Vector<short>.Count)];

        /// <summary>One flag per token: whether the rule splitter ends a sentence there.</summary>
        public ReadOnlySpan<bool> RuleEnds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
        {
            if (_ruleEnds.Length < tokens.Length)
            {
                _ruleEnds = new bool[Math.Max(tokens.Length, _ruleEnds.Length * 2)];
            }

            var ends = _ruleEnds.AsSpan(0, tokens.Length);
            ends.Clear();
            _ruleSentences.Clear();
            SentenceSplitter.Split(text, tokens, _ruleSentences);
            foreach (var sentence in CollectionsMarshal.AsSpan(_ruleSentences))
            {
                ends[sentence.FirstToken + sentence.TokenCount - 1] = true;
            }

            return ends;
        }
    }
}
