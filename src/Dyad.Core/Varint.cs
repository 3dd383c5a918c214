namespace Dyad.Core;

/// <summary>LEB128-style variable-length encoding of non-negative integers, for compact stored layers and maps.</summary>
public static class Varint
{
    /// <summary>Writes <paramref name="value"/> (must not be negative) in 1-5 bytes.</summary>
    public static void Write(Stream stream, int value)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    /// <summary>Reads a value written by <see cref="Write"/> at <paramref name="pos"/>, advancing it.</summary>
    /// <exception cref="FormatException">The bytes end early or encode more than 31 bits.</exception>
    public static int Read(ReadOnlySpan<byte> bytes, ref int pos)
    {
        uint result = 0;
        var shift = 0;
        while (true)
        {
            if (pos >= bytes.Length || shift > 28)
            {
                throw new FormatException("Truncated or corrupt variable-length integer.");
            }

            var b = bytes[pos++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result > int.MaxValue ? throw new FormatException("Variable-length integer out of range.") : (int)result;
            }

            shift += 7;
        }
    }
}
