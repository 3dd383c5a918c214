namespace Dyad.Core;

/// <summary>A half-open range [<see cref="Start"/>, <see cref="End"/>) of UTF-16 code units in some text.</summary>
/// <remarks>The end is exclusive, like .NET's <c>text[start..end]</c>; an empty span has <c>Start == End</c>.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; throws when <paramref name="start"/> is negative or after <paramref name="end"/>.</summary>
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>First code unit in the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit in the span.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <summary>True when the span lies within a text of <paramref name="length"/> code units.</summary>
    public bool FitsIn(int length) => End <= length;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
