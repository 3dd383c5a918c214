using System.Collections.Immutable;

namespace Dyad.Core;

/// <summary>Maps offsets in a derived text (the cleaned article) back to offsets in the text it was made from.</summary>
/// <remarks>
/// <para>The map is a sorted run of segments. A segment whose two lengths are equal maps one to one (it was copied, or
/// rewritten character for character). A segment whose lengths differ was rewritten (a CRLF became LF, an entity became
/// its character, a joining space was inserted, a sequence was NFC-composed): its inner offsets map to the start of
/// its source and its end to the end of its source.</para>
/// <para>Invariants: segments tile the derived text from 0 to <see cref="TargetLength"/> without gaps, and source
/// starts never decrease (cleaning drops and rewrites text but never reorders it). So mapping is monotonic.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class OffsetMap : IEquatable<OffsetMap>
{
    private readonly ImmutableArray<OffsetSegment> _segments;

    internal OffsetMap(ImmutableArray<OffsetSegment> segments, int targetLength, int sourceLength)
    {
        _segments = segments;
        TargetLength = targetLength;
        SourceLength = sourceLength;
    }

    /// <summary>Length of the derived text the map starts from.</summary>
    public int TargetLength { get; }

    /// <summary>Length of the source text the map points into.</summary>
    public int SourceLength { get; }

    /// <summary>The segments, in order.</summary>
    public ImmutableArray<OffsetSegment> Segments => _segments;

    /// <summary>The map of a text onto itself.</summary>
    public static OffsetMap Identity(int length)
    {
        var segments = length == 0
            ? ImmutableArray<OffsetSegment>.Empty
            : [new OffsetSegment(0, 0, length, length)];
        return new OffsetMap(segments, length, length);
    }

    /// <summary>Rebuilds a map from its segments, checking the invariants.</summary>
    public static OffsetMap FromSegments(IReadOnlyList<OffsetSegment> segments, int sourceLength)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var target = 0;
        var source = 0;
        foreach (var s in segments)
        {
            if (s.TargetStart != target || s.SourceStart < source || s.TargetLength < 0 || s.SourceLength < 0
                || s.SourceStart + s.SourceLength > sourceLength)
            {
                throw new ArgumentException($"Segment {s} breaks the offset map's invariants.", nameof(segments));
            }

            target += s.TargetLength;
            source = s.SourceStart + s.SourceLength;
        }

        return new OffsetMap([.. segments], target, sourceLength);
    }

    /// <summary>Maps an offset in the derived text, read as the start of a span, to the source.</summary>
    public int MapStart(int offset)
    {
        CheckOffset(offset);
        if (_segments.IsEmpty)
        {
            return 0;
        }

        var i = Find(offset);
        if (i == _segments.Length)
        {
            var last = _segments[^1];
            return last.SourceStart + last.SourceLength;
        }

        var seg = _segments[i];
        return seg.IsOneToOne ? seg.SourceStart + (offset - seg.TargetStart) : seg.SourceStart;
    }

    /// <summary>Maps an offset in the derived text, read as the exclusive end of a span, to the source.</summary>
    public int MapEnd(int offset)
    {
        CheckOffset(offset);
        if (_segments.IsEmpty || offset == 0)
        {
            return _segments.IsEmpty ? 0 : _segments[0].SourceStart;
        }

        // The end belongs to the segment holding the last covered unit, offset - 1.
        var seg = _segments[Find(offset - 1)];
        return seg.IsOneToOne ? seg.SourceStart + (offset - seg.TargetStart) : seg.SourceStart + seg.SourceLength;
    }

    /// <summary>Maps a span of the derived text to the span of the source it came from.</summary>
    public TextSpan Map(TextSpan span)
    {
        var start = MapStart(span.Start);
        if (span.IsEmpty)
        {
            return new TextSpan(start, start);
        }

        var end = MapEnd(span.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>The map from this map's derived text straight to <paramref name="inner"/>'s source.</summary>
    /// <param name="inner">A map whose derived text is this map's source.</param>
    public OffsetMap Then(OffsetMap inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.TargetLength != SourceLength)
        {
            throw new ArgumentException("The inner map's derived text is not this map's source.", nameof(inner));
        }

        var builder = new OffsetMapBuilder();
        foreach (var seg in _segments)
        {
            if (seg.IsOneToOne && seg.TargetLength > 0)
            {
                // Split a copied run wherever the inner map changes segment, so copies stay copies.
                var pos = seg.SourceStart;
                var end = seg.SourceStart + seg.SourceLength;
                while (pos < end)
                {
                    var innerSeg = inner._segments[inner.Find(pos)];
                    var runEnd = Math.Min(end, innerSeg.TargetStart + innerSeg.TargetLength);
                    if (innerSeg.IsOneToOne)
                    {
                        builder.Add(runEnd - pos, innerSeg.SourceStart + (pos - innerSeg.TargetStart), runEnd - pos);
                    }
                    else
                    {
                        var rs = inner.MapStart(pos);
                        var re = inner.MapEnd(runEnd);
                        builder.Add(runEnd - pos, rs, Math.Max(0, re - rs));
                    }

                    pos = runEnd;
                }
            }
            else
            {
                var rs = inner.MapStart(seg.SourceStart);
                var re = seg.SourceLength == 0 ? rs : inner.MapEnd(seg.SourceStart + seg.SourceLength);
                builder.Add(seg.TargetLength, rs, Math.Max(0, re - rs));
            }
        }

        return builder.Build(inner.SourceLength);
    }

    /// <summary>Encodes the map compactly (variable-length integers) for storage.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(8 + (_segments.Length * 6));
        Varint.Write(stream, SourceLength);
        Varint.Write(stream, _segments.Length);
        var lastSource = 0;
        foreach (var s in _segments)
        {
            Varint.Write(stream, s.SourceStart - lastSource);
            Varint.Write(stream, s.TargetLength);
            Varint.Write(stream, s.SourceLength);
            lastSource = s.SourceStart;
        }

        return stream.ToArray();
    }

    /// <summary>Decodes a map written by <see cref="ToBytes"/>.</summary>
    public static OffsetMap FromBytes(ReadOnlySpan<byte> bytes)
    {
        var pos = 0;
        var sourceLength = Varint.Read(bytes, ref pos);
        var count = Varint.Read(bytes, ref pos);
        var segments = new List<OffsetSegment>(count);
        var target = 0;
        var lastSource = 0;
        for (var i = 0; i < count; i++)
        {
            var sourceStart = lastSource + Varint.Read(bytes, ref pos);
            var targetLength = Varint.Read(bytes, ref pos);
            var segSourceLength = Varint.Read(bytes, ref pos);
            segments.Add(new OffsetSegment(target, sourceStart, targetLength, segSourceLength));
            target += targetLength;
            lastSource = sourceStart;
        }

        return FromSegments(segments, sourceLength);
    }

    /// <inheritdoc />
    public bool Equals(OffsetMap? other) =>
        other is not null && other.TargetLength == TargetLength && other.SourceLength == SourceLength
        && other._segments.AsSpan().SequenceEqual(_segments.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OffsetMap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TargetLength, SourceLength, _segments.Length);

    private int Find(int offset)
    {
        // Binary search for the segment containing offset (the last one whose start is <= offset and which is non-empty).
        int lo = 0, hi = _segments.Length - 1, found = _segments.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _segments[mid];
            if (offset < s.TargetStart)
            {
                hi = mid - 1;
            }
            else if (offset >= s.TargetStart + s.TargetLength)
            {
                lo = mid + 1;
            }
            else
            {
                found = mid;
                break;
            }
        }

        return found;
    }

    private void CheckOffset(int offset)
    {
        if ((uint)offset > (uint)TargetLength)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"Offset {offset} is outside [0, {TargetLength}].");
        }
    }

}

/// <summary>One run of an <see cref="OffsetMap"/>: target text [TargetStart, +TargetLength) came from source [SourceStart, +SourceLength).</summary>
public readonly record struct OffsetSegment(int TargetStart, int SourceStart, int TargetLength, int SourceLength)
{
    /// <summary>True when the run maps offset for offset (a copy, or a same-length rewrite such as a no-break space
    /// becoming a space); otherwise inner offsets map to the start of the source run.</summary>
    public bool IsOneToOne => TargetLength == SourceLength;
}
