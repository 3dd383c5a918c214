using Dyad.Core;

namespace Dyad.Language.Time;

/// <summary>A recognised time expression and its TIMEX3 normalisation.</summary>
/// <param name="Span">Where the expression lies in the text it was tagged in (half-open, UTF-16).</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">
/// The TIMEX3 value: <c>2012-06-18</c>, <c>2012-W25</c>, <c>1989-Q3</c>, <c>199</c>, <c>2012-06-18TMO</c>, <c>P3Y</c>,
/// <c>PAST_REF</c>. Parts the text and the anchor cannot fix stay as <c>X</c>: <c>XXXX-05-24</c>, <c>XXXX-WXX-5</c>.
/// </param>
/// <param name="Granularity">The unit the value is stated in.</param>
/// <param name="Text">The expression's characters, verbatim.</param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value, TimeGranularity Granularity, string Text)
{
    /// <summary>The TIMEX3 <c>mod</c>: start, middle, end or an approximation.</summary>
    public TimexModifier Modifier { get; init; }

    /// <summary>
    /// True when the value was computed from the anchor (publication) date or from an earlier date in the text,
    /// as for <c>yesterday</c>, <c>Friday</c> or <c>a year earlier</c>; false for absolute dates and durations.
    /// </summary>
    public bool IsRelative { get; init; }

    /// <summary>True when every part of the value is known (no <c>X</c> placeholder and not a <c>*_REF</c> value).</summary>
    public bool IsResolved => !Value.Contains('X', StringComparison.Ordinal) && !Value.EndsWith("_REF", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{Span} {Type} {Value} \"{Text}\"";
}
