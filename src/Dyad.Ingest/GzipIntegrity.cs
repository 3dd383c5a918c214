using System.Buffers.Binary;
using System.IO.Compression;

namespace Dyad.Ingest;

/// <summary>
/// Tells a complete gzip file from a truncated one. <see cref="GZipStream"/> ends quietly when the data stops in
/// the middle of a member, so the reader checks the trailer instead: the last four bytes of a gzip file are the
/// size (mod 2^32) of the last member's content.
/// </summary>
internal static class GzipIntegrity
{
    private const int MaxCandidates = 8;
    private const long SearchWindow = 64L * 1024 * 1024;

    /// <summary>The size the last member declares for its content (mod 2^32), or null when the file is too short.</summary>
    /// <remarks>For a single-member file (the usual <c>.gz</c> of one document) this is the decompressed size, known
    /// before decompressing: a hint for buffer sizes and an early refusal of oversized documents.</remarks>
    public static uint? DeclaredSize(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.RandomAccess);
            if (file.Length < 18)
            {
                return null;
            }

            Span<byte> tail = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(tail);
            return BinaryPrimitives.ReadUInt32LittleEndian(tail);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether the gzip file at <paramref name="path"/> ends with the trailer of a complete member.</summary>
    /// <param name="path">The compressed file.</param>
    /// <param name="decompressedTotal">How many bytes all members decompressed to.</param>
    public static bool IsComplete(string path, long decompressedTotal)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.RandomAccess);
        var length = file.Length;
        if (length < 18)
        {
            return false; // shorter than the smallest gzip member (10-byte header, empty deflate block, 8-byte trailer)
        }

        Span<byte> tail = stackalloc byte[4];
        file.Position = length - 4;
        file.ReadExactly(tail);
        var isize = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        if ((uint)decompressedTotal == isize)
        {
            return true; // one member, or a last member the same size mod 2^32 as everything: complete
        }

        // Several members (Common Crawl writes one per WARC record): find the last member's start and check its size.
        // The last member is usually small, so look in a small tail first and widen only when needed.
        for (var windowSize = 256L * 1024; ; windowSize *= 16)
        {
            var window = new byte[(int)Math.Min(length, Math.Min(windowSize, SearchWindow))];
            var windowStart = length - window.Length;
            file.Position = windowStart;
            file.ReadExactly(window);
            var candidates = 0;
            for (var i = window.Length - 18; i >= 0 && candidates < MaxCandidates; i--)
            {
                if (window[i] != 0x1F || window[i + 1] != 0x8B || window[i + 2] != 8 || (window[i + 3] & 0xE0) != 0 || windowStart + i == 0)
                {
                    continue;
                }

                candidates++;
                if (DecompressedLength(window, i) is { } size && (uint)size == isize && size <= decompressedTotal)
                {
                    return true;
                }
            }

            if (window.Length == length || window.Length >= SearchWindow)
            {
                return false;
            }
        }
    }

    private static long? DecompressedLength(byte[] window, int start)
    {
        try
        {
            using var source = new MemoryStream(window, start, window.Length - start, writable: false);
            using var gzip = new GZipStream(source, CompressionMode.Decompress);
            var scratch = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = gzip.Read(scratch)) > 0)
            {
                total += n;
            }

            return total;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
