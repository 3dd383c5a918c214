using System.Collections.Immutable;

namespace Dyad.Core;

/// <summary>Records, run by run, where each piece of a derived text came from; adjacent copies are merged.</summary>
/// <remarks>Runs must be added in text order with non-decreasing source offsets. Not thread-safe.</remarks>
public sealed class OffsetMapBuilder
{
    private readonly ImmutableArray<OffsetSegment>.Builder _segments = ImmutableArray.CreateBuilder<OffsetSegment>();
    private int _target;
    private int _sourceEnd;

    /// <summary>Length of the derived text recorded so far.</summary>
    public int TargetLength => _target;

    /// <summary>Adds a run of <paramref name="targetLength"/> derived units made from source [sourceStart, +sourceLength).</summary>
    public void Add(int targetLength, int sourceStart, int sourceLength)
    {
        if (targetLength < 0 || sourceLength < 0 || sourceStart < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(targetLength), "Lengths and offsets must not be negative.");
        }

        if (sourceStart < _sourceEnd)
        {
            // Overlapping or backwards sources would make the map non-monotonic; clamp to keep the invariant.
            sourceLength = Math.Max(0, sourceStart + sourceLength - _sourceEnd);
            sourceStart = _sourceEnd;
        }

        if (targetLength == 0 && sourceLength == 0)
        {
            return;
        }

        if (targetLength == 0)
        {
            // Dropped source text: nothing in the target points at it.
            return;
        }

        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            if (last.IsOneToOne && targetLength == sourceLength && last.SourceStart + last.SourceLength == sourceStart)
            {
                _segments[^1] = last with { TargetLength = last.TargetLength + targetLength, SourceLength = last.SourceLength + sourceLength };
                _target += targetLength;
                _sourceEnd = sourceStart + sourceLength;
                return;
            }
        }

        _segments.Add(new OffsetSegment(_target, sourceStart, targetLength, sourceLength));
        _target += targetLength;
        _sourceEnd = Math.Max(_sourceEnd, sourceStart + sourceLength);
    }

    /// <summary>Adds a copied run: <paramref name="length"/> units taken unchanged from <paramref name="sourceStart"/>.</summary>
    public void Copy(int sourceStart, int length) => Add(length, sourceStart, length);

    /// <summary>Adds inserted text that has no source of its own; it points at <paramref name="sourceAt"/>.</summary>
    public void Insert(int length, int sourceAt) => Add(length, sourceAt, 0);

    /// <summary>Finishes the map over a source of <paramref name="sourceLength"/> units.</summary>
    public OffsetMap Build(int sourceLength) => OffsetMap.FromSegments(_segments.ToImmutable(), sourceLength);
}
