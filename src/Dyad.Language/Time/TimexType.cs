namespace Dyad.Language.Time;

/// <summary>The four TIMEX3 types.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period of any granularity: <c>June 18, 2012</c>, <c>last week</c>, <c>the 1990s</c>, <c>now</c>.</summary>
    Date,

    /// <summary>A time of day, possibly with its date: <c>23:15</c>, <c>3 p.m.</c>, <c>this morning</c>.</summary>
    Time,

    /// <summary>A length of time: <c>three years</c>, <c>two-day</c>, <c>the past two months</c>.</summary>
    Duration,

    /// <summary>A recurrence: <c>every week</c>, <c>annually</c>, <c>each Thursday</c>.</summary>
    Set,
}
