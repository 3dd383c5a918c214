using System.Numerics;
using System.Runtime.CompilerServices;
using Dyad.Language.Lexicon;
using Dyad.Language.Tagging;

namespace Dyad.Language.Entities;

/// <summary>
/// Features for named-entity tagging (after Ratinov and Roth 2009): the word and its neighbours, affixes, shapes and
/// capitalisation, part-of-speech tags, the two previous labels, headline (all-capitals) awareness, how the word is
/// written elsewhere in the document, gazetteer classes and word-cluster prefixes; the second stage adds the first
/// stage's labels around the word and how the first stage labelled the same word elsewhere in the document.
/// </summary>
/// <remarks>
/// Stateless and allocation-free: every feature is hashed from characters and small integers into a 64-bit key.
/// Reads the columns laid out by <see cref="EntityColumns"/>; missing columns read as empty or zero.
/// </remarks>
public sealed class EntityFeatureExtractor : IGroupedFeatureExtractor
{
    private readonly bool _secondStage;

    private EntityFeatureExtractor(bool secondStage)
    {
        _secondStage = secondStage;
        Name = secondStage ? "ner2-v4" : "ner1-v4";
    }

    /// <summary>The first stage: local and document features.</summary>
    public static EntityFeatureExtractor FirstStage { get; } = new(secondStage: false);

    /// <summary>The second stage: the first stage's features plus its predictions over the sentence and document.</summary>
    public static EntityFeatureExtractor SecondStage { get; } = new(secondStage: true);

    /// <summary>Whether this extractor reads the first stage's predictions.</summary>
    public bool IsSecondStage => _secondStage;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    /// <remarks>
    /// The templates are spread over several methods on purpose: the JIT inlines the small hashing helpers only up
    /// to a budget per method, and one method holding every template ran a third slower.
    /// </remarks>
    public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var lower = Lower(input, index);
        var flags = input.Value(EntityColumns.CharFlags, index);
        var pos = Pos(input, index);
        AddWord(input, index, lower, flags, features);
        AddNeighbours(input, index, lower, flags, features);
        AddPartsOfSpeech(input, index, pos, flags, features);
        AddLabels(input, index, previousTag, previousTag2, lower, flags, pos, features);
        AddDocument(input, index, lower, flags, features);
        AddGazetteer(input, index, features);
        AddClusters(input, index, features);
        if (_secondStage)
        {
            AddSecondStage(input, index, lower, features);
        }
    }

    /// <summary>Group of the word's own features: its forms, shapes, flags, tag and cluster.</summary>
    private const int WordGroup = 0;

    /// <summary>Groups 1 to 4: the neighbour at −1, +1, −2 or +2 alone in its position.</summary>
    private const int LastNeighbourGroup = 4;

    /// <summary>Group of the previous labels with the word's character flags and tag.</summary>
    private const int LabelGroup = 5;

    /// <summary>Group of the document-level features (<see cref="AddDocument"/>).</summary>
    private const int DocumentGroup = 6;

    /// <summary>Group of the character flags and tags of the word and its neighbours at ±1, in pairs.</summary>
    private const int ShapeGroup = 7;

    /// <summary>Second stage: group of the first stage's labels from −2 to +2.</summary>
    private const int FirstStageGroup = 8;

    /// <summary>Second stage: group of the first stage's votes for the word elsewhere, with its label here.</summary>
    private const int VotesGroup = 9;

    /// <summary>The offset of the word each group up to <see cref="LastNeighbourGroup"/> describes.</summary>
    private static ReadOnlySpan<int> GroupOffsets => [0, -1, 1, -2, 2];

    /// <inheritdoc />
    /// <remarks>
    /// The groups: the word's own features (forms, affixes, shapes, character flags, headline flag, tag and cluster);
    /// for each neighbour at −1, +1, −2 and +2 the features of that word alone in its position (lower-cased form,
    /// shape and tag; for ±1 also its exact form, gazetteer classes and cluster); the previous labels with the word's
    /// flags and tag; the document-level features; the flags and tags around the word in pairs; and in the second
    /// stage the first stage's labels around the word and its votes. All but a handful of features (word bigrams, the
    /// previous label with a word, the gazetteer classes here) fall in a group.
    /// </remarks>
    public int GroupCount => _secondStage ? 10 : 8;

    /// <inheritdoc />
    public ulong GroupKey(in SequenceInput input, int index, int previousTag, int previousTag2, int group)
    {
        ulong hash;
        switch (group)
        {
            case LabelGroup:
                hash = K(2000 + group, (ulong)(previousTag + 1), (ulong)(previousTag2 + 1));
                return FeatureHash.Finish(Fold(Fold(hash, input.Value(EntityColumns.CharFlags, index)), Pos(input, index)));
            case DocumentGroup:
                var doc = input.Value(EntityColumns.Flags, index);
                hash = K(2000 + group, doc, input.Value(EntityColumns.CharFlags, index));
                hash = Fold(hash, input.Value(EntityColumns.Topic, index));
                return FeatureHash.Finish(Fold(hash, (doc & (ulong)WordFlags.CapitalsSentence) != 0 ? Lower(input, index) : 0));
            case ShapeGroup:
                hash = K(2000 + group, input.Value(EntityColumns.CharFlags, index - 1), input.Value(EntityColumns.CharFlags, index));
                hash = Fold(Fold(hash, input.Value(EntityColumns.CharFlags, index + 1)), Pos(input, index - 1));
                return FeatureHash.Finish(Fold(Fold(hash, Pos(input, index)), Pos(input, index + 1)));
            case FirstStageGroup:
                var (here, before, after, before2, after2) = FirstStageAround(input, index);
                hash = K(2000 + group, (ulong)(here + 1), (ulong)(before + 1));
                return FeatureHash.Finish(Fold(Fold(Fold(hash, (ulong)(after + 1)), (ulong)(before2 + 1)), (ulong)(after2 + 1)));
            case VotesGroup:
                return FeatureHash.Finish(K(2000 + group, input.Value(EntityColumns.Aggregate, index), input.Value(EntityColumns.FirstStage, index)));
        }

        var at = index + GroupOffsets[group];
        hash = K(2000 + group, Lower(input, at), input.Value(EntityColumns.ExactHash, at));
        hash = Fold(Fold(hash, input.Value(EntityColumns.ShortShapeHash, at)), Pos(input, at));
        if (group == WordGroup)
        {
            // The word's affixes and length are read from its characters, not from a column.
            var caps = input.Value(EntityColumns.Flags, index) & (ulong)WordFlags.CapitalsSentence;
            hash = Fold(Fold(Fold(hash, input.Value(EntityColumns.ShapeHash, at)), input.Value(EntityColumns.CharFlags, at)), caps);
            hash = FeatureHash.Add(hash, input.Word(index).AsSpan());
        }
        else
        {
            hash = Fold(hash, input.Value(EntityColumns.Gazetteer, at));
        }

        return FeatureHash.Finish(Fold(hash, input.Value(EntityColumns.Cluster, at)));
    }

    /// <inheritdoc />
    public void ExtractGroup(in SequenceInput input, int index, int previousTag, int previousTag2, int group, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var flags = input.Value(EntityColumns.CharFlags, index);
        var pos = Pos(input, index);
        switch (group)
        {
            case WordGroup:
                AddWord(input, index, Lower(input, index), flags, features);
                features.Add(K(50, pos));
                features.Add(K(57, pos, flags));
                AddClustersAt(input, index, 0, features);
                return;
            case LabelGroup:
                var p1 = (ulong)(previousTag + 1);
                features.Add(K(60, p1));
                features.Add(K(61, p1, (ulong)(previousTag2 + 1)));
                features.Add(K(63, p1, flags));
                features.Add(K(64, p1, pos));
                return;
            case DocumentGroup:
                AddDocument(input, index, Lower(input, index), flags, features);
                return;
            case ShapeGroup:
                features.Add(K(42, input.Value(EntityColumns.CharFlags, index - 1), flags));
                features.Add(K(43, flags, input.Value(EntityColumns.CharFlags, index + 1)));
                features.Add(K(55, Pos(input, index - 1), pos));
                features.Add(K(56, pos, Pos(input, index + 1)));
                return;
            case FirstStageGroup:
                AddFirstStageLabels(input, index, features);
                return;
            case VotesGroup:
                AddVotes(input, index, (int)input.Value(EntityColumns.FirstStage, index), features);
                return;
        }

        // Templates of the neighbour at each offset: lower-cased word, exact word (±1 only), collapsed shape, tag.
        var offset = GroupOffsets[group];
        var at = index + offset;
        var (lowerTemplate, shapeTemplate, posTemplate) = offset switch { -1 => (30, 38, 51), 1 => (31, 39, 52), -2 => (32, 40, 53), _ => (33, 41, 54) };
        features.Add(K(lowerTemplate, Lower(input, at)));
        features.Add(K(shapeTemplate, input.Value(EntityColumns.ShortShapeHash, at)));
        features.Add(K(posTemplate, Pos(input, at)));
        if (offset is -1 or 1)
        {
            features.Add(K(offset < 0 ? 34 : 35, input.Value(EntityColumns.ExactHash, at)));
            AddGazetteerAt(input, index, offset, features);
            AddClustersAt(input, index, offset, features);
        }
    }

    /// <inheritdoc />
    public void ExtractContext(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var lower = Lower(input, index);
        var prev = Lower(input, index - 1);
        features.Add(K(36, prev, lower));
        features.Add(K(37, lower, Lower(input, index + 1)));
        var word = input.Word(index).AsSpan();
        if (word.Length > 3)
        {
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(44), (int)prev), word[^3..]));
        }

        var p1 = (ulong)(previousTag + 1);
        features.Add(K(62, p1, lower));
        features.Add(K(65, p1, prev));
        AddGazetteerAt(input, index, 0, features);
        if (_secondStage)
        {
            features.Add(K(106, (ulong)(int)input.Value(EntityColumns.FirstStage, index), lower));
        }
    }

    private static void AddWord(in SequenceInput input, int index, ulong lower, ulong flags, FeatureBuffer features)
    {
        var word = (input.Word(index) ?? string.Empty).AsSpan();
        var caps = (ulong)((WordFlags)input.Value(EntityColumns.Flags, index) & WordFlags.CapitalsSentence);
        features.Add(K(0, 0));
        features.Add(K(1, lower));
        features.Add(K(2, input.Value(EntityColumns.ExactHash, index)));
        for (var n = 1; n <= 4; n++)
        {
            if (word.Length > n)
            {
                features.Add(FeatureHash.AddLower(FeatureHash.Start(10 + n), word[..n]));
                features.Add(FeatureHash.AddLower(FeatureHash.Start(15 + n), word[^n..]));
            }
        }

        features.Add(K(20, input.Value(EntityColumns.ShapeHash, index)));
        features.Add(K(21, input.Value(EntityColumns.ShortShapeHash, index)));
        features.Add(K(22, flags));
        features.Add(K(23, flags, caps));
        features.Add(K(24, (ulong)Math.Min(word.Length, 10)));
    }

    /// <summary>Neighbours: lower-cased words, their shapes, and the bigrams through the word.</summary>
    private static void AddNeighbours(in SequenceInput input, int index, ulong lower, ulong flags, FeatureBuffer features)
    {
        var prev = Lower(input, index - 1);
        var next = Lower(input, index + 1);
        features.Add(K(30, prev));
        features.Add(K(31, next));
        features.Add(K(32, Lower(input, index - 2)));
        features.Add(K(33, Lower(input, index + 2)));
        features.Add(K(34, input.Value(EntityColumns.ExactHash, index - 1)));
        features.Add(K(35, input.Value(EntityColumns.ExactHash, index + 1)));
        features.Add(K(36, prev, lower));
        features.Add(K(37, lower, next));
        features.Add(K(38, input.Value(EntityColumns.ShortShapeHash, index - 1)));
        features.Add(K(39, input.Value(EntityColumns.ShortShapeHash, index + 1)));
        features.Add(K(40, input.Value(EntityColumns.ShortShapeHash, index - 2)));
        features.Add(K(41, input.Value(EntityColumns.ShortShapeHash, index + 2)));
        features.Add(K(42, input.Value(EntityColumns.CharFlags, index - 1), flags));
        features.Add(K(43, flags, input.Value(EntityColumns.CharFlags, index + 1)));
        var word = (input.Word(index) ?? string.Empty).AsSpan();
        if (word.Length > 3)
        {
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(44), (int)prev), word[^3..]));
        }
    }

    private static void AddPartsOfSpeech(in SequenceInput input, int index, ulong pos, ulong flags, FeatureBuffer features)
    {
        var posPrev = Pos(input, index - 1);
        var posNext = Pos(input, index + 1);
        features.Add(K(50, pos));
        features.Add(K(51, posPrev));
        features.Add(K(52, posNext));
        features.Add(K(53, Pos(input, index - 2)));
        features.Add(K(54, Pos(input, index + 2)));
        features.Add(K(55, posPrev, pos));
        features.Add(K(56, pos, posNext));
        features.Add(K(57, pos, flags));
    }

    private static void AddLabels(in SequenceInput input, int index, int previousTag, int previousTag2, ulong lower, ulong flags, ulong pos, FeatureBuffer features)
    {
        var p1 = (ulong)(previousTag + 1);
        features.Add(K(60, p1));
        features.Add(K(61, p1, (ulong)(previousTag2 + 1)));
        features.Add(K(62, p1, lower));
        features.Add(K(63, p1, flags));
        features.Add(K(64, p1, pos));
        features.Add(K(65, p1, Lower(input, index - 1)));
    }

    private static void AddDocument(in SequenceInput input, int index, ulong lower, ulong flags, FeatureBuffer features)
    {
        var doc = (WordFlags)input.Value(EntityColumns.Flags, index);
        var caps = (ulong)(doc & WordFlags.CapitalsSentence);

        // Headlines: in an all-capitals sentence, capitalisation says nothing, so pair the context with the word.
        if (caps != 0)
        {
            features.Add(K(70, lower));
            features.Add(K(71, lower, (ulong)(doc & (WordFlags.LowerElsewhere | WordFlags.CapitalisedElsewhere))));
        }

        // How the same word is written elsewhere (Ratinov and Roth's non-local capitalisation evidence).
        var docBits = (ulong)(doc & (WordFlags.LowerElsewhere | WordFlags.CapitalisedElsewhere | WordFlags.Repeated | WordFlags.CapitalisedOnlyInitially));
        features.Add(K(72, docBits, (flags & 0b10011) | (caps << 8)));
        features.Add(K(73, docBits, (ulong)(doc & WordFlags.FirstSentence)));

        // Tables of results and prices, and the document's topic slug (news wire headlines start with one).
        var table = (ulong)(doc & WordFlags.TableRow);
        var topic = input.Value(EntityColumns.Topic, index);
        features.Add(K(74, table, flags & 0b111));
        features.Add(K(75, topic, table));
        features.Add(K(76, topic, flags & 0b11));
    }

    /// <summary>
    /// Computes the per-word columns that many templates share, once per word instead of once per template and
    /// position: hashes of the word lower-cased, as written, its shapes and tag, and its character flags.
    /// </summary>
    internal static void HashWords(ReadOnlySpan<string> words, string[] partsOfSpeech, ulong[][] values)
    {
        var lower = values[EntityColumns.LowerHash];
        var exact = values[EntityColumns.ExactHash];
        var shape = values[EntityColumns.ShapeHash];
        var shortShape = values[EntityColumns.ShortShapeHash];
        var flags = values[EntityColumns.CharFlags];
        var pos = values[EntityColumns.PosHash];
        var memo = WordMemo<WordHashes>.ForThread(MemoOwner);
        for (var i = 0; i < words.Length; i++)
        {
            var text = words[i] ?? string.Empty;
            var word = text.AsSpan();
            if (!memo.TryGet(text, out var hashes))
            {
                hashes = new WordHashes(
                    FeatureHash.Finish(FeatureHash.AddLower(FeatureHash.Start(1), word)),
                    FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(2), word)),
                    FeatureHash.Finish(PosFeatureExtractor.Shape(word, FeatureHash.Start(3), collapse: false)),
                    FeatureHash.Finish(PosFeatureExtractor.Shape(word, FeatureHash.Start(4), collapse: true)));
                memo.Set(text, hashes);
            }

            lower[i] = hashes.Lower;
            exact[i] = hashes.Exact;
            shape[i] = hashes.Shape;
            shortShape[i] = hashes.ShortShape;
            flags[i] = (ulong)Flags(word, i) + 1;
            pos[i] = FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(5), partsOfSpeech[i]));
        }
    }

    /// <summary>The owner of the per-thread memo of <see cref="WordHashes"/> (the hashes depend on nothing but the word).</summary>
    private static readonly object MemoOwner = new();

    /// <summary>A template number and one value, folded (the buffer finalises the key).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong K(int template, ulong a) => Fold(FeatureHash.Start(template + 1000), a);

    /// <summary>A template number and two values, folded in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong K(int template, ulong a, ulong b) => Fold(Fold(FeatureHash.Start(template + 1000), a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * 0x9E3779B97F4A7C15UL, 31);

    /// <summary>The lower-cased word's hash at <paramref name="index"/>; distinct constants before the start and after the end.</summary>
    private static ulong Lower(in SequenceInput input, int index) =>
        index < 0 ? 1 : index >= input.Length ? 2 : input.Value(EntityColumns.LowerHash, index);

    private static ulong Pos(in SequenceInput input, int index) =>
        index < 0 ? 1 : index >= input.Length ? 2 : input.Value(EntityColumns.PosHash, index);

    private static void AddGazetteer(in SequenceInput input, int index, FeatureBuffer features)
    {
        for (var offset = -1; offset <= 1; offset++)
        {
            AddGazetteerAt(input, index, offset, features);
        }
    }

    /// <summary>The gazetteer classes beginning at and continuing through the word at <paramref name="index"/> + <paramref name="offset"/>.</summary>
    private static void AddGazetteerAt(in SequenceInput input, int index, int offset, FeatureBuffer features)
    {
        var value = input.Value(EntityColumns.Gazetteer, index + offset);
        if (value == 0)
        {
            return;
        }

        var begins = (uint)value;
        var insides = (uint)(value >> 32);
        for (var bit = 0; bit < 32; bit++)
        {
            var mask = 1u << bit;
            if ((begins & mask) != 0)
            {
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(80), offset), bit));
            }

            if ((insides & mask) != 0)
            {
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(81), offset), bit));
            }
        }

        if (offset == 0)
        {
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(82), (int)begins), (int)insides));
        }
    }

    private static void AddClusters(in SequenceInput input, int index, FeatureBuffer features)
    {
        for (var offset = -1; offset <= 1; offset++)
        {
            AddClustersAt(input, index, offset, features);
        }
    }

    /// <summary>Cluster-path prefixes of the word at <paramref name="index"/> + <paramref name="offset"/> (four lengths for the word itself, two for a neighbour).</summary>
    private static void AddClustersAt(in SequenceInput input, int index, int offset, FeatureBuffer features)
    {
        var value = input.Value(EntityColumns.Cluster, index + offset);
        if (value == 0)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(90), offset));
            return;
        }

        var length = (int)(value >> 56);
        var path = value & ((1UL << 56) - 1);
        ReadOnlySpan<int> prefixes = offset == 0 ? [4, 6, 10, 20] : [4, 10];
        foreach (var bits in prefixes)
        {
            var take = Math.Min(bits, length);
            var prefix = take == 0 ? 0 : path >> (length - take);
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(91), offset), bits), (int)prefix ^ (take << 24)));
        }
    }

    private static void AddSecondStage(in SequenceInput input, int index, ulong lower, FeatureBuffer features)
    {
        AddFirstStageLabels(input, index, features);
        var here = (int)input.Value(EntityColumns.FirstStage, index);
        features.Add(K(106, (ulong)here, lower));
        AddVotes(input, index, here, features);
    }

    /// <summary>The first stage's labels at and around the word (−2 to +2, −1 outside the sentence).</summary>
    private static (int Here, int Before, int After, int Before2, int After2) FirstStageAround(in SequenceInput input, int index) => (
        (int)input.Value(EntityColumns.FirstStage, index),
        index > 0 ? (int)input.Value(EntityColumns.FirstStage, index - 1) : -1,
        index + 1 < input.Length ? (int)input.Value(EntityColumns.FirstStage, index + 1) : -1,
        index > 1 ? (int)input.Value(EntityColumns.FirstStage, index - 2) : -1,
        index + 2 < input.Length ? (int)input.Value(EntityColumns.FirstStage, index + 2) : -1);

    private static void AddFirstStageLabels(in SequenceInput input, int index, FeatureBuffer features)
    {
        var (here, before, after, before2, after2) = FirstStageAround(input, index);
        features.Add(FeatureHash.Add(FeatureHash.Start(100), here));
        features.Add(FeatureHash.Add(FeatureHash.Start(101), before));
        features.Add(FeatureHash.Add(FeatureHash.Start(102), after));
        features.Add(FeatureHash.Add(FeatureHash.Start(103), before2));
        features.Add(FeatureHash.Add(FeatureHash.Start(104), after2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(105), before), here), after));
    }

    /// <summary>Context aggregation: the first stage's votes for the same word elsewhere in the document, with its label here.</summary>
    private static void AddVotes(in SequenceInput input, int index, int here, FeatureBuffer features)
    {
        var votes = input.Value(EntityColumns.Aggregate, index);
        if (votes == 0)
        {
            features.Add(FeatureHash.Start(110));
            return;
        }

        int outside = (int)(votes & 0xFF), total = outside, best = -1, bestCount = 0;
        for (var t = 0; t < EntityLabelSet.TypeCount; t++)
        {
            var count = (int)((votes >> (8 * (t + 1))) & 0xFF);
            total += count;
            if (count > 0)
            {
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(111), t), Math.Min(count, 3)));
            }

            if (count > bestCount)
            {
                best = t;
                bestCount = count;
            }
        }

        var share = best < 0 ? 0 : (4 * bestCount) / total; // 0..4
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(112), best), share));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(113), best), share), EntityLabelSet.TypeOf(here)));
        features.Add(FeatureHash.Add(FeatureHash.Start(114), Math.Min(outside, 3)));
    }

    /// <summary>
    /// Bit flags: 1 starts upper-case, 2 all letters upper-case, 4 has a digit, 8 has a hyphen, 16 first word,
    /// 32 has a letter, 64 has a period, 128 mixed case after the first letter (McDonald, iPhone).
    /// </summary>
    internal static int Flags(ReadOnlySpan<char> word, int index)
    {
        var flags = index == 0 ? 16 : 0;
        if (word.IsEmpty)
        {
            return flags;
        }

        if (char.IsUpper(word[0]))
        {
            flags |= 1;
        }

        bool anyLower = false, anyLetter = false, innerUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                anyLetter = true;
                anyLower |= char.IsLower(c);
                innerUpper |= i > 0 && char.IsUpper(c);
            }
            else if (char.IsDigit(c))
            {
                flags |= 4;
            }
            else if (c == '-')
            {
                flags |= 8;
            }
            else if (c == '.')
            {
                flags |= 64;
            }
        }

        if (anyLetter)
        {
            flags |= 32;
            if (!anyLower)
            {
                flags |= 2;
            }
            else if (innerUpper)
            {
                flags |= 128;
            }
        }

        return flags;
    }

    /// <summary>The hashes of one word that do not depend on its position.</summary>
    private readonly record struct WordHashes(ulong Lower, ulong Exact, ulong Shape, ulong ShortShape);
}
