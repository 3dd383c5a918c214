using Dyad.Language.Lexicon;

namespace Dyad.Language.Tagging;

/// <summary>
/// Word-cluster features for the taggers: each word's Brown cluster path is looked up once per sentence into a value
/// column (<see cref="SequenceInput.Value"/>), and feature templates add prefixes of it, so that rare and unseen
/// words share weights with the frequent words of their cluster.
/// </summary>
public static class ClusterFeatures
{
    /// <summary>Writes each word's cluster code into <paramref name="codes"/>: the path shifted left by 8 bits, or'ed with its length; 0 for a word without a cluster.</summary>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is shorter than <paramref name="words"/>.</exception>
    public static void Encode(WordClusters clusters, ReadOnlySpan<string> words, Span<ulong> codes)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (codes.Length < words.Length)
        {
            throw new ArgumentException($"Room for {codes.Length} cluster codes, {words.Length} words.", nameof(codes));
        }

        for (var i = 0; i < words.Length; i++)
        {
            codes[i] = clusters.TryGet(words[i] ?? string.Empty, out var path, out var length) && length is > 0 and <= 56
                ? (path << 8) | (uint)length
                : 0;
        }
    }

    /// <summary>The cluster codes of a whole sentence (see <see cref="Encode(WordClusters, ReadOnlySpan{string}, Span{ulong})"/>).</summary>
    public static ulong[] Encode(WordClusters clusters, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        var codes = new ulong[array.Length];
        Encode(clusters, array, codes);
        return codes;
    }

    /// <summary>
    /// The first <paramref name="bits"/> branches of the path in <paramref name="code"/> (the whole path when shorter),
    /// with the number of branches kept, as one number for a feature key; 0 for a word without a cluster.
    /// </summary>
    public static int Prefix(ulong code, int bits)
    {
        var length = (int)(code & 0xFF);
        if (length == 0)
        {
            return 0;
        }

        var kept = Math.Min(bits, length);
        return (int)((WordClusters.Prefix(code >> 8, length, kept) << 6) | (uint)kept);
    }
}
