namespace Dyad.Linking.Dating;

/// <summary>A span of days, both ends inclusive; <see cref="DateOnly.MinValue"/> or <see cref="DateOnly.MaxValue"/>
/// stands for an open end.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>Every day.</summary>
    public static DateRange Always => new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>True when both ends are known.</summary>
    public bool IsBounded => From != DateOnly.MinValue && To != DateOnly.MaxValue;

    /// <summary>True when the range holds no day (its end before its start).</summary>
    public bool IsEmpty => To < From;

    /// <summary>The days <paramref name="day"/> and after.</summary>
    public static DateRange OnOrAfter(DateOnly day) => new(day, DateOnly.MaxValue);

    /// <summary>The days up to <paramref name="day"/>, inclusive.</summary>
    public static DateRange OnOrBefore(DateOnly day) => new(DateOnly.MinValue, day);

    /// <summary>True when <paramref name="day"/> lies in the range.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The days in both ranges (empty when they do not meet).</summary>
    public DateRange Intersect(DateRange other) => new(From > other.From ? From : other.From, To < other.To ? To : other.To);

    /// <inheritdoc />
    public override string ToString() =>
        From == DateOnly.MinValue && To == DateOnly.MaxValue ? "any day"
        : From == DateOnly.MinValue ? $"on or before {To:yyyy-MM-dd}"
        : To == DateOnly.MaxValue ? $"on or after {From:yyyy-MM-dd}"
        : From == To ? $"{From:yyyy-MM-dd}"
        : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
