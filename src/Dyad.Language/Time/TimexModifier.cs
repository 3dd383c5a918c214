namespace Dyad.Language.Time;

/// <summary>The TIMEX3 <c>mod</c> attribute: which part of the value is meant, or how exact a quantity is.</summary>
public enum TimexModifier
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary>The start of the period: <c>early September</c>, <c>earlier this year</c>.</summary>
    Start,

    /// <summary>The middle of the period: <c>mid-November</c>, <c>the middle of October</c>.</summary>
    Mid,

    /// <summary>The end of the period: <c>late November</c>, <c>the end of 1990</c>.</summary>
    End,

    /// <summary>Roughly: <c>about two years</c>, <c>around Nov. 1</c>.</summary>
    Approx,

    /// <summary>Less than: <c>less than an hour</c>, <c>almost two years</c>.</summary>
    LessThan,

    /// <summary>More than: <c>more than four hours</c>, <c>over a week</c>.</summary>
    MoreThan,

    /// <summary>At most: <c>no more than sixty days</c>, <c>nearly forty years</c>.</summary>
    EqualOrLess,

    /// <summary>At least: <c>at least 30 days</c>.</summary>
    EqualOrMore,
}
