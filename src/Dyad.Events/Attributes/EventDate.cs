using Dyad.Core;
using Dyad.Language.Time;

namespace Dyad.Events.Attributes;

/// <summary>The date of an event mention: a TIMEX3 value ("2013-06-17", "2013-06", "2013-W25", "XXXX-05-24") and where it came from.</summary>
/// <param name="Value">The TIMEX3 value; an unresolved value keeps its X's.</param>
/// <param name="Granularity">Day, week, month, year, ...</param>
/// <param name="Source">Clause, sentence or article.</param>
/// <param name="Span">The time expression's characters, or null when the date is the article's.</param>
/// <param name="Text">The time expression's text, or the article date in ISO form.</param>
public sealed record EventDate(string Value, TimeGranularity Granularity, EventDateSource Source, TextSpan? Span, string Text)
{
    /// <summary>Whether the value is a full calendar value (no X's).</summary>
    public bool IsResolved => !Value.Contains('X', StringComparison.Ordinal);

    /// <summary>The event-data date field: YYYY-MM-DD, YYYY-MM or YYYY from the value; null when it has no full year.</summary>
    public string? Calendar => TimexDates.Calendar(Value);

    /// <summary>The day the value names, or null when it names something coarser (a month, a week) or is unresolved.</summary>
    public DateOnly? Day => TimexDates.ExactDay(Value);
}
