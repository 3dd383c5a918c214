using System.Security.Cryptography;
using System.Text;

namespace Dyad.Dedup;

/// <summary>What duplicate detection needs of a cleaned text: an exact hash, a SimHash and their sizes.</summary>
/// <param name="ExactHash">SHA-256 (first 16 hex digits) of the cleaned text with white space folded.</param>
/// <param name="SimHash">The 64-bit SimHash over word shingles.</param>
/// <param name="Shingles">How many shingles went into <paramref name="SimHash"/>.</param>
/// <param name="Length">The cleaned text's length in characters.</param>
public readonly record struct Fingerprint(string ExactHash, ulong SimHash, int Shingles, int Length)
{
    /// <summary>Fingerprints a cleaned text.</summary>
    public static Fingerprint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var simhash = Dedup.SimHash.Compute(text, out var shingles);
        return new Fingerprint(ExactHashOf(text), simhash, shingles, text.Length);
    }

    /// <summary>The exact-duplicate key: white space runs fold to one space and the ends are trimmed first, so
    /// the same story re-wrapped or re-indented is still the same text.</summary>
    public static string ExactHashOf(ReadOnlySpan<char> text)
    {
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[1024];
        var used = 0;
        var pendingSpace = false;
        var started = false;
        Span<char> one = stackalloc char[1];
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = started;
                continue;
            }

            if (used > buffer.Length - 8)
            {
                hasher.AppendData(buffer[..used]);
                used = 0;
            }

            if (pendingSpace)
            {
                buffer[used++] = (byte)' ';
                pendingSpace = false;
            }

            one[0] = c;
            used += Encoding.UTF8.GetBytes(one, buffer[used..]);
            started = true;
        }

        hasher.AppendData(buffer[..used]);
        Span<byte> hash = stackalloc byte[32];
        hasher.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
