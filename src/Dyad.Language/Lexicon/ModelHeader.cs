using System.Buffers.Binary;

namespace Dyad.Language.Lexicon;

/// <summary>The header of the lexicon's binary files: eight magic bytes and a little-endian 32-bit format version.</summary>
internal static class ModelHeader
{
    public static void Write(Stream stream, ReadOnlySpan<byte> magic, int version)
    {
        Span<byte> header = stackalloc byte[12];
        magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], version);
        stream.Write(header);
    }

    /// <exception cref="InvalidDataException">The stream is too short, holds other magic bytes or another version;
    /// the message names <paramref name="what"/>.</exception>
    public static void Read(Stream stream, ReadOnlySpan<byte> magic, int version, string what)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            throw new InvalidDataException($"Not a Dyad {what} (too short).");
        }

        if (!header[..8].SequenceEqual(magic))
        {
            throw new InvalidDataException($"Not a Dyad {what} (bad magic bytes).");
        }

        var found = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (found != version)
        {
            throw new InvalidDataException($"A Dyad {what} of format {found}; this build reads format {version}.");
        }
    }
}
