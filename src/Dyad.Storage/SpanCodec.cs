using System.Collections.Immutable;
using Dyad.Core;

namespace Dyad.Storage;

/// <summary>Packs a sorted span layer as variable-length integer deltas.</summary>
internal static class SpanCodec
{
    public static byte[] Encode(ImmutableArray<TextSpan> spans)
    {
        using var stream = new MemoryStream(spans.Length * 3 + 4);
        Varint.Write(stream, spans.Length);
        var last = 0;
        foreach (var s in spans)
        {
            Varint.Write(stream, s.Start - last);
            Varint.Write(stream, s.Length);
            last = s.End;
        }

        return stream.ToArray();
    }

    public static ImmutableArray<TextSpan> Decode(byte[] bytes)
    {
        var pos = 0;
        var count = Varint.Read(bytes, ref pos);
        var builder = ImmutableArray.CreateBuilder<TextSpan>(count);
        var last = 0;
        for (var i = 0; i < count; i++)
        {
            var start = last + Varint.Read(bytes, ref pos);
            var end = start + Varint.Read(bytes, ref pos);
            builder.Add(new TextSpan(start, end));
            last = end;
        }

        return builder.MoveToImmutable();
    }
}
