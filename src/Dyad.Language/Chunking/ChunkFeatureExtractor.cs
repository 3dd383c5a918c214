using Dyad.Language.Tagging;

namespace Dyad.Language.Chunking;

/// <summary>
/// Features for chunking: words and part-of-speech tags in a window of two either side, tag bigrams and trigrams,
/// word–tag pairs, a few word-form cues, and the two previously predicted chunk labels alone and paired with the tags.
/// </summary>
/// <remarks>
/// Reads the part-of-speech tags from text column <see cref="PosColumn"/> of the <see cref="SequenceInput"/>.
/// Allocation-free: every feature is hashed straight from the characters into a 64-bit key. For tagging, the features
/// split (<see cref="IGroupedFeatureExtractor"/>) into five cacheable groups (the word with its tag; the same with
/// the previous label; the three tags around it; the tags to the left with the two previous labels; the tags to the
/// right) and the contextual rest; <see cref="Extract"/> keeps the original order, which training depends on.
/// </remarks>
public sealed class ChunkFeatureExtractor : IGroupedFeatureExtractor
{
    /// <summary>The text column that holds the part-of-speech tags.</summary>
    public const int PosColumn = 0;

    /// <summary>The shared instance (the extractor is stateless).</summary>
    public static ChunkFeatureExtractor Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "chunk-v1";

    /// <inheritdoc />
    public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var w0 = Word(input, index);
        var wm1 = Word(input, index - 1);
        var wp1 = Word(input, index + 1);
        var wm2 = Word(input, index - 2);
        var wp2 = Word(input, index + 2);
        var p0 = Tag(input, index);
        var pm1 = Tag(input, index - 1);
        var pp1 = Tag(input, index + 1);
        var pm2 = Tag(input, index - 2);
        var pp2 = Tag(input, index + 2);

        features.Add(FeatureHash.Start(0)); // bias
        features.Add(FeatureHash.AddLower(FeatureHash.Start(1), w0));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(2), wm1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(3), wp1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(4), wm2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(5), wp2));

        features.Add(FeatureHash.Add(FeatureHash.Start(10), p0));
        features.Add(FeatureHash.Add(FeatureHash.Start(11), pm1));
        features.Add(FeatureHash.Add(FeatureHash.Start(12), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Start(13), pm2));
        features.Add(FeatureHash.Add(FeatureHash.Start(14), pp2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), pm1), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), p0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), pm2), pm1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(18), pp1), pp2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(19), pm1), p0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), pm2), pm1), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21), p0), pp1), pp2));

        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(30), w0), p0));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(31), wm1), p0));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(32), wp1), p0));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(33), w0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(34), w0), pm1));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(35), wm1), w0));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(36), w0), wp1));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(37), Suffix(w0, 3)), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(38), Form(w0)), p0));

        features.Add(FeatureHash.Add(FeatureHash.Start(40), previousTag));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(41), previousTag), previousTag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), previousTag), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(43), previousTag), p0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(44), previousTag), pm1), p0));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(45), previousTag), w0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(46), previousTag), previousTag2), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(47), previousTag2), pm2), pm1));
    }

    /// <summary>Group of the word with its own tag.</summary>
    private const int WordGroup = 0;

    /// <summary>Group of the word with its own tag and the previous label.</summary>
    private const int WordAndLabelGroup = 2;

    /// <summary>Group of the tags at −2 to 0 with the two previous labels.</summary>
    private const int LeftGroup = 3;

    /// <summary>Group of the tags at 0 to +2.</summary>
    private const int RightGroup = 4;

    /// <inheritdoc />
    public int GroupCount => 5;

    /// <inheritdoc />
    public ulong GroupKey(in SequenceInput input, int index, int previousTag, int previousTag2, int group)
    {
        var hash = FeatureHash.Start(1000 + group);
        if (group is WordGroup or WordAndLabelGroup)
        {
            hash = FeatureHash.Add(FeatureHash.Add(hash, Word(input, index)), Tag(input, index));
            return FeatureHash.Finish(FeatureHash.Add(hash, group == WordGroup ? -2 : previousTag));
        }

        var (from, to) = group switch { LeftGroup => (index - 2, index), RightGroup => (index, index + 2), _ => (index - 1, index + 1) };
        for (var at = from; at <= to; at++)
        {
            hash = FeatureHash.Add(hash, Tag(input, at));
        }

        if (group == LeftGroup)
        {
            hash = FeatureHash.Add(FeatureHash.Add(hash, previousTag), previousTag2);
        }

        return FeatureHash.Finish(hash);
    }

    /// <inheritdoc />
    public void ExtractGroup(in SequenceInput input, int index, int previousTag, int previousTag2, int group, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var p0 = Tag(input, index);
        if (group == LeftGroup)
        {
            var left1 = Tag(input, index - 1);
            var left2 = Tag(input, index - 2);
            features.Add(FeatureHash.Add(FeatureHash.Start(13), left2));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), left2), left1));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), left2), left1), p0));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(41), previousTag), previousTag2));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(44), previousTag), left1), p0));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(46), previousTag), previousTag2), p0));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(47), previousTag2), left2), left1));
            return;
        }

        if (group == RightGroup)
        {
            var right1 = Tag(input, index + 1);
            var right2 = Tag(input, index + 2);
            features.Add(FeatureHash.Add(FeatureHash.Start(14), right2));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(18), right1), right2));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21), p0), right1), right2));
            return;
        }

        if (group == WordAndLabelGroup)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(40), previousTag));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), previousTag), p0));
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(45), previousTag), Word(input, index)));
            return;
        }

        if (group == WordGroup)
        {
            var w0 = Word(input, index);
            features.Add(FeatureHash.AddLower(FeatureHash.Start(1), w0));
            features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(30), w0), p0));
            features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(37), Suffix(w0, 3)), p0));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(38), Form(w0)), p0));
            return;
        }

        var pm1 = Tag(input, index - 1);
        var pp1 = Tag(input, index + 1);
        features.Add(FeatureHash.Start(0)); // bias
        features.Add(FeatureHash.Add(FeatureHash.Start(10), p0));
        features.Add(FeatureHash.Add(FeatureHash.Start(11), pm1));
        features.Add(FeatureHash.Add(FeatureHash.Start(12), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), pm1), p0));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), p0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(19), pm1), p0), pp1));
    }

    /// <inheritdoc />
    public void ExtractContext(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var w0 = Word(input, index);
        var wm1 = Word(input, index - 1);
        var wp1 = Word(input, index + 1);
        var p0 = Tag(input, index);
        var pm1 = Tag(input, index - 1);
        var pp1 = Tag(input, index + 1);

        features.Add(FeatureHash.AddLower(FeatureHash.Start(2), wm1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(3), wp1));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(4), Word(input, index - 2)));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(5), Word(input, index + 2)));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(31), wm1), p0));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(32), wp1), p0));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(33), w0), pp1));
        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(34), w0), pm1));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(35), wm1), w0));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(36), w0), wp1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(43), previousTag), p0), pp1));
    }

    private static ReadOnlySpan<char> Word(in SequenceInput input, int index) =>
        index < 0 ? "<s>" : index >= input.Length ? "</s>" : input.Word(index).AsSpan();

    private static ReadOnlySpan<char> Tag(in SequenceInput input, int index) =>
        index < 0 ? "<s>" : index >= input.Length ? "</s>" : input.Column(PosColumn, index).AsSpan();

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length > length ? word[^length..] : word;

    /// <summary>A coarse word form: 0 other, 1 capitalised, 2 all capitals, 3 has a digit, 4 punctuation only.</summary>
    private static int Form(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        bool letter = false, lower = false, digit = false;
        foreach (var c in word)
        {
            letter |= char.IsLetter(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
        }

        return digit ? 3
            : !letter ? 4
            : !lower && word.Length > 1 ? 2
            : char.IsUpper(word[0]) ? 1
            : 0;
    }
}
