namespace Dyad.Language.Tagging;

/// <summary>
/// Features for part-of-speech tagging: the word and its neighbours (lower-cased), affixes, word shape,
/// capitalisation and digit/hyphen flags, the two previously predicted tags alone and with the word, and (when the
/// columns are given) Brown cluster prefixes and the tags a <see cref="TagLexicon"/> learned from automatically tagged
/// news gives the word and the next word.
/// </summary>
/// <remarks>
/// Allocation-free: every feature is hashed straight from the characters into a 64-bit key. For tagging, the features
/// split (<see cref="IGroupedFeatureExtractor"/>) into four cacheable groups (the word itself with its cluster and lexicon tags,
/// whether it starts the sentence and whether it stands among capitals only; the same with the previous tag; the word
/// before with its cluster; the word after with its cluster) and the contextual rest; <see cref="Extract"/> keeps the original order, which training depends on.
/// </remarks>
public sealed class PosFeatureExtractor : IGroupedFeatureExtractor
{
    /// <summary>The value column that holds the words' cluster codes (<see cref="ClusterFeatures.Encode(Lexicon.WordClusters, ReadOnlySpan{string}, Span{ulong})"/>), when given.</summary>
    public const int ClusterColumn = 0;

    /// <summary>The value column that holds the words' tag lexicon codes (<see cref="TagLexicon.Encode(ReadOnlySpan{string}, Span{ulong})"/>), when given.</summary>
    public const int LexiconColumn = 1;

    /// <summary>Cluster path prefixes used as features (64: the whole path).</summary>
    private static readonly int[] ClusterBits = [4, 8, 64];

    /// <summary>The shared instance (the extractor is stateless).</summary>
    public static PosFeatureExtractor Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "pos-v4";

    /// <inheritdoc />
    public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var words = input.Words;
        var word = At(words, index);
        var prev = At(words, index - 1);
        var prev2 = At(words, index - 2);
        var next = At(words, index + 1);
        var next2 = At(words, index + 2);
        AddWordForms(word, features);
        var flags = Flags(word, index);
        features.Add(FeatureHash.Add(FeatureHash.Start(32), flags));

        features.Add(FeatureHash.Add(FeatureHash.Start(40), previousTag));
        features.Add(FeatureHash.Add(FeatureHash.Start(41), previousTag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), previousTag), previousTag2));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(43), previousTag), word));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(44), previousTag), flags));
        if (word.Length > 3)
        {
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(45), previousTag), word[^3..]));
        }

        features.Add(FeatureHash.AddLower(FeatureHash.Start(50), prev));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(51), prev2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(52), next));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(53), next2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(54), Suffix(prev, 3)));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(55), Suffix(next, 3)));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(56), prev), word));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(57), word), next));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(58), previousTag), next));
        features.Add(Shape(next, FeatureHash.Start(59), collapse: true));
        features.Add(Shape(prev, FeatureHash.Start(60), collapse: true));
        features.Add(FeatureHash.Add(FeatureHash.Start(61), Flags(next, index + 1)));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(62), flags), Suffix(word, 3)));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(63), next), next2));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(64), previousTag), prev));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(65), flags), Flags(prev, index - 1)));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(66), prev2), prev));
        features.Add(FeatureHash.Add(FeatureHash.Start(67), Math.Min(word.Length, 12)));

        // In headlines and tables written in capitals, capitalisation says nothing about proper nouns: mark positions
        // whose neighbourhood has no lower-case word and pair that with the word's identity and suffix.
        var capitals = CapitalsContext(words, index);
        features.Add(FeatureHash.Add(FeatureHash.Start(70), capitals));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(71), capitals), word));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(72), capitals), Suffix(word, 3)));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(73), capitals), previousTag));

        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(68), Suffix(word, 2)), Flags(next, index + 1)));

        // Word clusters (value column 0, when given): prefixes of the Brown path of the word and its neighbours.
        if (input.ValueCount > ClusterColumn)
        {
            var c0 = input.Value(ClusterColumn, index);
            var cm1 = input.Value(ClusterColumn, index - 1);
            var cp1 = input.Value(ClusterColumn, index + 1);
            for (var k = 0; k < ClusterBits.Length; k++)
            {
                var bits = ClusterBits[k];
                features.Add(FeatureHash.Add(FeatureHash.Start(90 + k), ClusterFeatures.Prefix(c0, bits)));
                features.Add(FeatureHash.Add(FeatureHash.Start(95 + k), ClusterFeatures.Prefix(cm1, bits)));
                features.Add(FeatureHash.Add(FeatureHash.Start(100 + k), ClusterFeatures.Prefix(cp1, bits)));
            }

            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(105), previousTag), ClusterFeatures.Prefix(c0, 64)));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(106), ClusterFeatures.Prefix(c0, 64)), ClusterFeatures.Prefix(cp1, 6)));
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(107), ClusterFeatures.Prefix(c0, 64)), Suffix(word, 3)));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(108), flags), c0 == 0 ? 0 : 1), previousTag));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(109), ClusterFeatures.Prefix(cp1, 64)), previousTag));
        }

        // Tag lexicon (value column 1, when given): the tags automatically tagged news gave the word and the next word.
        if (input.ValueCount > LexiconColumn)
        {
            AddLexicon(input.Value(LexiconColumn, index), features);
            features.Add(FeatureHash.Add(FeatureHash.Start(112), TagLexicon.TopOf(input.Value(LexiconColumn, index + 1))));
        }
    }

    /// <summary>The word's own tag lexicon features: its top tag, and its top tag with the runner-up (templates 110, 111).</summary>
    private static void AddLexicon(ulong code, FeatureBuffer features)
    {
        features.Add(FeatureHash.Add(FeatureHash.Start(110), TagLexicon.TopOf(code)));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(111), TagLexicon.TopOf(code)), TagLexicon.SecondOf(code)));
    }

    /// <summary>Group of the word itself (with its cluster code and whether it is the first word).</summary>
    private const int SelfGroup = 0;

    /// <summary>Group of the word before (with its cluster code).</summary>
    private const int PreviousGroup = 1;

    /// <summary>Group of the word after (with its cluster code).</summary>
    private const int NextGroup = 2;

    /// <summary>Group of the word itself with the previous tag (and the same context as <see cref="SelfGroup"/>).</summary>
    private const int SelfAndTagGroup = 3;

    /// <inheritdoc />
    public int GroupCount => 4;

    /// <inheritdoc />
    public ulong GroupKey(in SequenceInput input, int index, int previousTag, int previousTag2, int group)
    {
        var at = group switch { PreviousGroup => index - 1, NextGroup => index + 1, _ => index };
        var hash = FeatureHash.Add(FeatureHash.Start(1000 + group), At(input.Words, at));
        var code = input.ValueCount > ClusterColumn ? input.Value(ClusterColumn, at) : ulong.MaxValue;
        hash = FeatureHash.Add(FeatureHash.Add(hash, (int)code), (int)(code >> 32));
        if (input.ValueCount > LexiconColumn)
        {
            hash = FeatureHash.Add(hash, (int)input.Value(LexiconColumn, at));
        }

        if (group is SelfGroup or SelfAndTagGroup)
        {
            hash = FeatureHash.Add(FeatureHash.Add(hash, index == 0 ? 1 : 0), CapitalsContext(input.Words, index));
            hash = FeatureHash.Add(hash, group == SelfAndTagGroup ? previousTag : -2);
        }

        return FeatureHash.Finish(hash);
    }

    /// <inheritdoc />
    public void ExtractGroup(in SequenceInput input, int index, int previousTag, int previousTag2, int group, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var words = input.Words;
        var clusters = input.ValueCount > ClusterColumn;
        if (group == PreviousGroup)
        {
            var prev = At(words, index - 1);
            features.Add(FeatureHash.AddLower(FeatureHash.Start(50), prev));
            features.Add(FeatureHash.AddLower(FeatureHash.Start(54), Suffix(prev, 3)));
            features.Add(Shape(prev, FeatureHash.Start(60), collapse: true));
            AddClusterPrefixes(clusters, input.Value(ClusterColumn, index - 1), 95, features);
            return;
        }

        if (group == NextGroup)
        {
            var next = At(words, index + 1);
            features.Add(FeatureHash.AddLower(FeatureHash.Start(52), next));
            features.Add(FeatureHash.AddLower(FeatureHash.Start(55), Suffix(next, 3)));
            features.Add(Shape(next, FeatureHash.Start(59), collapse: true));
            features.Add(FeatureHash.Add(FeatureHash.Start(61), Flags(next, index + 1)));
            AddClusterPrefixes(clusters, input.Value(ClusterColumn, index + 1), 100, features);
            if (input.ValueCount > LexiconColumn)
            {
                features.Add(FeatureHash.Add(FeatureHash.Start(112), TagLexicon.TopOf(input.Value(LexiconColumn, index + 1))));
            }

            return;
        }

        var word = At(words, index);
        var flags = Flags(word, index);
        var c0 = input.Value(ClusterColumn, index);
        var capitals = CapitalsContext(words, index);
        if (group == SelfAndTagGroup)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(40), previousTag));
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(43), previousTag), word));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(44), previousTag), flags));
            if (word.Length > 3)
            {
                features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(45), previousTag), word[^3..]));
            }

            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(73), capitals), previousTag));
            if (clusters)
            {
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(105), previousTag), ClusterFeatures.Prefix(c0, 64)));
                features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(108), flags), c0 == 0 ? 0 : 1), previousTag));
            }

            return;
        }

        AddWordForms(word, features);
        features.Add(FeatureHash.Add(FeatureHash.Start(32), flags));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(62), flags), Suffix(word, 3)));
        features.Add(FeatureHash.Add(FeatureHash.Start(67), Math.Min(word.Length, 12)));
        features.Add(FeatureHash.Add(FeatureHash.Start(70), capitals));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(71), capitals), word));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(72), capitals), Suffix(word, 3)));
        if (clusters)
        {
            AddClusterPrefixes(clusters, c0, 90, features);
            features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(107), ClusterFeatures.Prefix(c0, 64)), Suffix(word, 3)));
        }

        if (input.ValueCount > LexiconColumn)
        {
            AddLexicon(input.Value(LexiconColumn, index), features);
        }
    }

    /// <summary>The bias, the lower-cased word, its suffixes and prefixes, and its two shapes (templates 0 to 31).</summary>
    private static void AddWordForms(ReadOnlySpan<char> word, FeatureBuffer features)
    {
        features.Add(FeatureHash.Start(0)); // bias
        features.Add(FeatureHash.AddLower(FeatureHash.Start(1), word));
        for (var n = 1; n <= 5; n++)
        {
            if (word.Length > n)
            {
                features.Add(FeatureHash.AddLower(FeatureHash.Start(10 + n), word[^n..]));
            }
        }

        for (var n = 1; n <= 4; n++)
        {
            if (word.Length > n)
            {
                features.Add(FeatureHash.AddLower(FeatureHash.Start(20 + n), word[..n]));
            }
        }

        features.Add(Shape(word, FeatureHash.Start(30), collapse: false));
        features.Add(Shape(word, FeatureHash.Start(31), collapse: true));
    }

    /// <inheritdoc />
    public void ExtractContext(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var words = input.Words;
        var word = At(words, index);
        var prev = At(words, index - 1);
        var prev2 = At(words, index - 2);
        var next = At(words, index + 1);
        var next2 = At(words, index + 2);
        var flags = Flags(word, index);

        features.Add(FeatureHash.Add(FeatureHash.Start(41), previousTag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(42), previousTag), previousTag2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(51), prev2));
        features.Add(FeatureHash.AddLower(FeatureHash.Start(53), next2));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(56), prev), word));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(57), word), next));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(58), previousTag), next));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(63), next), next2));
        features.Add(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(64), previousTag), prev));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(65), flags), Flags(prev, index - 1)));
        features.Add(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(66), prev2), prev));

        features.Add(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(68), Suffix(word, 2)), Flags(next, index + 1)));

        if (input.ValueCount > ClusterColumn)
        {
            var c0 = input.Value(ClusterColumn, index);
            var cp1 = input.Value(ClusterColumn, index + 1);
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(106), ClusterFeatures.Prefix(c0, 64)), ClusterFeatures.Prefix(cp1, 6)));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(109), ClusterFeatures.Prefix(cp1, 64)), previousTag));
        }
    }

    /// <summary>With cluster codes given, adds the templates <paramref name="template"/> + k for each prefix length of <see cref="ClusterBits"/>.</summary>
    private static void AddClusterPrefixes(bool clusters, ulong code, int template, FeatureBuffer features)
    {
        if (!clusters)
        {
            return;
        }

        for (var k = 0; k < ClusterBits.Length; k++)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(template + k), ClusterFeatures.Prefix(code, ClusterBits[k])));
        }
    }

    /// <summary>1 when no word within three positions either side has a lower-case letter (a capitals-only context), else 0.</summary>
    private static int CapitalsContext(ReadOnlySpan<string> words, int index)
    {
        var letters = 0;
        for (var j = Math.Max(0, index - 3); j <= Math.Min(words.Length - 1, index + 3); j++)
        {
            foreach (var c in words[j] ?? string.Empty)
            {
                if (char.IsLower(c))
                {
                    return 0;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }
        }

        return letters > 0 ? 1 : 0;
    }

    private static ReadOnlySpan<char> At(ReadOnlySpan<string> words, int index) =>
        index < 0 ? "<s>" : index >= words.Length ? "</s>" : (words[index] ?? string.Empty).AsSpan();

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length > length ? word[^length..] : word;

    /// <summary>
    /// Bit flags: 1 starts upper-case, 2 all letters upper-case, 4 has a digit, 8 has a hyphen, 16 first word,
    /// 32 has a letter, 64 all digits (and separators).
    /// </summary>
    private static int Flags(ReadOnlySpan<char> word, int index)
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

        bool anyLower = false, anyLetter = false, allDigits = true;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                anyLower |= char.IsLower(c);
                allDigits = false;
            }
            else if (char.IsDigit(c))
            {
                flags |= 4;
            }
            else
            {
                if (c == '-')
                {
                    flags |= 8;
                }

                if (c is not ('.' or ',' or ':' or '/'))
                {
                    allDigits = false;
                }
            }
        }

        if (anyLetter)
        {
            flags |= 32;
            if (!anyLower)
            {
                flags |= 2;
            }
        }

        if (allDigits && (flags & 4) != 0)
        {
            flags |= 64;
        }

        return flags;
    }

    /// <summary>Word shape: letters as X or x, digits as d, other characters kept; with <paramref name="collapse"/>, runs of one class count once.</summary>
    internal static ulong Shape(ReadOnlySpan<char> word, ulong hash, bool collapse)
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
