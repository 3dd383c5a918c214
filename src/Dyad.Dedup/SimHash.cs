using Dyad.Core;

namespace Dyad.Dedup;

/// <summary>64-bit SimHash over word shingles: texts that differ by small edits get fingerprints a few bits apart.</summary>
/// <remarks>
/// <para>Words are maximal runs of letters or digits, lower-cased (ASCII fast path, <see cref="char.ToLowerInvariant"/>
/// otherwise). Each run of <see cref="ShingleSize"/> consecutive words is hashed (FNV-1a, 64 bit, mixed), and every
/// fingerprint bit is the sign of the sum of that bit over all shingles (Charikar 2002; Manku et al. 2007 use 64-bit
/// fingerprints and a distance of 3 for web pages).</para>
/// <para>Hot path: one scan, no allocation beyond a ring of word hashes on the stack.</para>
/// </remarks>
public static class SimHash
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 3;

    /// <summary>Fingerprints <paramref name="text"/>; <paramref name="shingles"/> is how many shingles went in.</summary>
    public static ulong Compute(ReadOnlySpan<char> text, out int shingles)
    {
        Span<int> weights = stackalloc int[64];
        Span<ulong> ring = stackalloc ulong[ShingleSize];
        var words = 0;
        shingles = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var hash = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i];
                c = c < 0x80 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);
                hash = (hash ^ c) * 1099511628211UL;
                i++;
            }

            ring[words % ShingleSize] = hash;
            words++;
            if (words >= ShingleSize)
            {
                // Combine the last ShingleSize word hashes in order.
                var shingle = 0x9E3779B97F4A7C15UL;
                for (var k = words - ShingleSize; k < words; k++)
                {
                    shingle = StableHash.Mix(shingle ^ ring[k % ShingleSize]);
                }

                Accumulate(weights, shingle);
                shingles++;
            }
        }

        if (shingles == 0 && words > 0)
        {
            // Fewer words than a shingle: fingerprint the words themselves.
            var shingle = 0x9E3779B97F4A7C15UL;
            for (var k = 0; k < words; k++)
            {
                shingle = StableHash.Mix(shingle ^ ring[k]);
            }

            Accumulate(weights, shingle);
            shingles = 1;
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The 16-bit band <paramref name="band"/> (0-3) of a fingerprint, used to find candidates: two
    /// fingerprints at most 3 bits apart agree on at least one of their four bands.</summary>
    public static int Band(ulong fingerprint, int band) => (int)((fingerprint >> (band * 16)) & 0xFFFF);

    private static void Accumulate(Span<int> weights, ulong shingle)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            weights[bit] += (int)((shingle >> bit) & 1) * 2 - 1;
        }
    }
}
