namespace Dyad.Language.Time;

/// <summary>The unit a time expression's value is stated in, finest first.</summary>
/// <remarks>
/// For dates and times it is the precision of the value (<c>2012-06</c> is <see cref="Month"/>); for durations and sets
/// it is the unit of the period (<c>P3Y</c> is <see cref="Year"/>); references such as <c>PAST_REF</c> are
/// <see cref="Unspecified"/>.
/// </remarks>
public enum TimeGranularity
{
    /// <summary>No calendar unit: <c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>.</summary>
    Unspecified,

    /// <summary>Seconds.</summary>
    Second,

    /// <summary>Minutes: <c>2012-06-18T23:15</c>.</summary>
    Minute,

    /// <summary>Hours: <c>2012-06-18T15</c>, <c>PT16H</c>.</summary>
    Hour,

    /// <summary>A part of the day: <c>2012-06-18TMO</c> (morning, afternoon, evening, night).</summary>
    PartOfDay,

    /// <summary>A calendar day: <c>2012-06-18</c>, <c>XXXX-WXX-5</c>.</summary>
    Day,

    /// <summary>An ISO week or weekend: <c>2012-W25</c>, <c>2012-W25-WE</c>.</summary>
    Week,

    /// <summary>A month: <c>2012-06</c>.</summary>
    Month,

    /// <summary>A season: <c>2012-SU</c>.</summary>
    Season,

    /// <summary>A quarter: <c>1989-Q3</c>.</summary>
    Quarter,

    /// <summary>A half year: <c>1989-H2</c>.</summary>
    Half,

    /// <summary>A year: <c>2012</c>.</summary>
    Year,

    /// <summary>A decade: <c>199</c> (the 1990s).</summary>
    Decade,

    /// <summary>A century: <c>19</c> (the 1900s).</summary>
    Century,
}
