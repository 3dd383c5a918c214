using System.Buffers.Binary;
using System.IO.Compression;

namespace Dyad.Language.Tagging;

/// <summary>
/// The framing every Dyad model file shares: eight magic bytes naming the kind of model, a little-endian 32-bit format
/// version, then a Deflate-compressed body.
/// </summary>
public static class ModelFile
{
    /// <summary>Writes the magic bytes and version to <paramref name="stream"/> and returns the body stream to write into (dispose it to finish; <paramref name="stream"/> stays open).</summary>
    public static Stream OpenWrite(Stream stream, ReadOnlySpan<byte> magic, int version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(magic);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, version);
        stream.Write(header);
        return new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
    }

    /// <summary>Checks the magic bytes and version of <paramref name="stream"/> and returns the body stream to read (dispose it; <paramref name="stream"/> stays open).</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="magic">The expected magic bytes.</param>
    /// <param name="version">The expected format version.</param>
    /// <param name="what">Names the kind of model in error messages, e.g. "part-of-speech model".</param>
    /// <exception cref="InvalidDataException">The stream is too short, another kind of file or another version.</exception>
    public static Stream OpenRead(Stream stream, ReadOnlySpan<byte> magic, int version, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[magic.Length + 4];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            throw new InvalidDataException($"Not a Dyad {what} (too short).");
        }

        if (!header[..magic.Length].SequenceEqual(magic))
        {
            throw new InvalidDataException($"Not a Dyad {what} (bad magic bytes).");
        }

        var found = BinaryPrimitives.ReadInt32LittleEndian(header[magic.Length..]);
        if (found != version)
        {
            throw new InvalidDataException($"{char.ToUpperInvariant(what[0])}{what[1..]} format {found}; this build reads format {version}.");
        }

        return new BufferedStream(new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true), 1 << 16);
    }
}
