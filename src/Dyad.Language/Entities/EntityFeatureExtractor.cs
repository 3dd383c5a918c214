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
public sealed class EntityFeatureExtractor : ISequenceFeatureExtractor
{
    private readonly bool _secondStage;

    private EntityFeatureExtractor(bool secondStage)
    {
        _secondStage = secondStage;
        Name = secondStage ? "ner2-v1" : "ner1-v1";
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
    public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var words = input.Words;
        var word = At(words, index);
        var flags = Flags(word, index);
        var doc = (WordFlags)input.Value(EntityColumns.Flags, index);
        var caps = (doc & WordFlags.CapitalsSentence) != 0 ? 1 : 0;
        var lower = FeatureHash.AddLower(FeatureHash.Start(1), word);

        features.Add(FeatureHash.Start(0));
        features.Add(FeatureHash.Add(FeatureHash.Start(2), word));
        features.Add(lower);
        for (var n = 1; n <= 4; n++)
        {
            if (word.Length > n)
            {
                features.Add(FeatureHash.AddLower(FeatureHash.Start(10 + n), word[..n]));
                features.Add(FeatureHash.AddLower(FeatureHash.Start(15 + n), word[^n..]));
            }
        }

        var shape = Shape(word, FeatureHash.Start(20), collapse: false);
        features.Add(shape);
        features.Add(Shape(word, FeatureHash.Start(21), collapse: true));
        features.Add(FeatureHash.Add(FeatureHash.Start(22), flags));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(23), flags), caps));
        features.Add(FeatureHash.Add(FeatureHash.Start(24), Math.Min(word.Length, 10)));

        // Neighbours: lower-cased words, their shapes, and the bigrams through the word.
        var prev = At(words, index - 1);
        var next = At(words, index + 1);
        var prev2 = At(words, index - 2);
        var next2 = At(words, index + 2);
        features.Add(FeatureHash.AddLower(FeatureHash.Start(30), prev));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(31), next));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(32), prev2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(33), next2));
        features.Add(FeatureHash.Add(FeatureHash.Start(34), prev));
        features.Add(FeatureHash.Add(FeatureHash.Start(35), next));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(36), prev), word));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(37), word), next));
        features.Add(Shape(prev, FeatureHash.Start(38), collapse: true));
        features.Add(Shape(next, FeatureHash.Start(39), collapse: true));
        features.Add(Shape(prev2, FeatureHash.Start(40), collapse: true));
        features.Add(Shape(next2, FeatureHash.Start(41), collapse: true));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), Flags(prev, index - 1)), flags));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(43), flags), Flags(next, index + 1)));
        if (word.Length > 3)
        {
            features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(44), prev), word[^3..]));
        }

        // Part of speech.
        var pos = input.Column(EntityColumns.Pos, index);
        var posPrev = PosAt(input, index - 1);
        var posNext = PosAt(input, index + 1);
        features.Add(FeatureHash.Add(FeatureHash.Start(50), pos));
        features.Add(FeatureHash.Add(FeatureHash.Start(51), posPrev));
        features.Add(FeatureHash.Add(FeatureHash.Start(52), posNext));
        features.Add(FeatureHash.Add(FeatureHash.Start(53), PosAt(input, index - 2)));
        features.Add(FeatureHash.Add(FeatureHash.Start(54), PosAt(input, index + 2)));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(55), posPrev), pos));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(56), pos), posNext));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(57), pos), flags));

        // Previous labels.
        features.Add(FeatureHash.Add(FeatureHash.Start(60), previousTag));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(61), previousTag), previousTag2));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(62), previousTag), word));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(63), previousTag), flags));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(64), previousTag), pos));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(65), previousTag), prev));

        // Headlines: in an all-capitals sentence, capitalisation says nothing, so pair the context with the word.
        if (caps != 0)
        {
            features.Add(FeatureHash.AddLower(FeatureHash.Start(70), word));
            features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(71), word), (int)(doc & (WordFlags.LowerElsewhere | WordFlags.CapitalisedElsewhere))));
        }

        // Document: how the same word is written elsewhere (Ratinov and Roth's non-local capitalisation evidence).
        var docBits = (int)(doc & (WordFlags.LowerElsewhere | WordFlags.CapitalisedElsewhere | WordFlags.Repeated | WordFlags.CapitalisedOnlyInitially));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(72), docBits), flags & 0b10011), caps));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(73), docBits), (int)(doc & WordFlags.FirstSentence)));

        AddGazetteer(input, index, features);
        AddClusters(input, index, features);
        if (_secondStage)
        {
            AddSecondStage(input, index, word, features);
        }
    }

    private static void AddGazetteer(in SequenceInput input, int index, FeatureBuffer features)
    {
        for (var offset = -1; offset <= 1; offset++)
        {
            var value = input.Value(EntityColumns.Gazetteer, index + offset);
            if (value == 0)
            {
                continue;
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
    }

    private static void AddClusters(in SequenceInput input, int index, FeatureBuffer features)
    {
        for (var offset = -1; offset <= 1; offset++)
        {
            var value = input.Value(EntityColumns.Cluster, index + offset);
            if (value == 0)
            {
                features.Add(FeatureHash.Add(FeatureHash.Start(90), offset));
                continue;
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
    }

    private static void AddSecondStage(in SequenceInput input, int index, ReadOnlySpan<char> word, FeatureBuffer features)
    {
        var here = (int)input.Value(EntityColumns.FirstStage, index);
        var before = index > 0 ? (int)input.Value(EntityColumns.FirstStage, index - 1) : -1;
        var after = index + 1 < input.Length ? (int)input.Value(EntityColumns.FirstStage, index + 1) : -1;
        features.Add(FeatureHash.Add(FeatureHash.Start(100), here));
        features.Add(FeatureHash.Add(FeatureHash.Start(101), before));
        features.Add(FeatureHash.Add(FeatureHash.Start(102), after));
        features.Add(FeatureHash.Add(FeatureHash.Start(103), index > 1 ? (int)input.Value(EntityColumns.FirstStage, index - 2) : -1));
        features.Add(FeatureHash.Add(FeatureHash.Start(104), index + 2 < input.Length ? (int)input.Value(EntityColumns.FirstStage, index + 2) : -1));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(105), before), here), after));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(106), here), word));

        // Context aggregation: the first stage's votes for the same word elsewhere in the document.
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

    private static ReadOnlySpan<char> At(ReadOnlySpan<string> words, int index) =>
        index < 0 ? "<s>" : index >= words.Length ? "</s>" : (words[index] ?? string.Empty).AsSpan();

    private static string PosAt(in SequenceInput input, int index) =>
        index < 0 ? "<s>" : index >= input.Length ? "</s>" : input.Column(EntityColumns.Pos, index);

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

    /// <summary>Word shape: letters as X or x, digits as d, other characters kept; with <paramref name="collapse"/>, runs of one class count once.</summary>
    private static ulong Shape(ReadOnlySpan<char> word, ulong hash, bool collapse)
    {
        var last = '\0';
        var emitted = 0;
        foreach (var ch in word)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLetter(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (collapse ? c == last : emitted >= 8)
            {
                continue;
            }

            hash = FeatureHash.Add(hash, c);
            last = c;
            emitted++;
        }

        return hash;
    }
}
