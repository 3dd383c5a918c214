using System.Globalization;
using Dyad.Core;

namespace Dyad.Linking;

/// <summary>A mention's date as an inclusive range of days with its granularity: a day is one day, "June 2013" is
/// 1-30 June, "2013" the whole year; <see cref="Unknown"/> has no range.</summary>
/// <remarks>A date without a year (<c>--05-24</c>) takes the year that puts it nearest the article's publication date,
/// and stays unknown without one: a date is never completed from the clock.</remarks>
public readonly record struct LinkDate
{
    private LinkDate(DateGranularity granularity, DateOnly start, DateOnly end)
    {
        Granularity = granularity;
        Start = start;
        End = end;
    }

    /// <summary>Day, week, month, year or unknown.</summary>
    public DateGranularity Granularity { get; }

    /// <summary>The first day the date can mean (meaningless when unknown).</summary>
    public DateOnly Start { get; }

    /// <summary>The last day the date can mean, inclusive (meaningless when unknown).</summary>
    public DateOnly End { get; }

    /// <summary>Whether the date is known at all.</summary>
    public bool IsKnown => Granularity != DateGranularity.Unknown;

    /// <summary>No date.</summary>
    public static LinkDate Unknown => default;

    /// <summary>One calendar day.</summary>
    public static LinkDate Day(DateOnly day) => new(DateGranularity.Day, day, day);

    /// <summary>One calendar day.</summary>
    public static LinkDate Day(int year, int month, int day) => Day(new DateOnly(year, month, day));

    /// <summary>An ISO week (Monday to Sunday).</summary>
    public static LinkDate Week(int isoYear, int isoWeek)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, isoWeek, DayOfWeek.Monday));
        return new(DateGranularity.Week, monday, monday.AddDays(6));
    }

    /// <summary>A calendar month.</summary>
    public static LinkDate Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(DateGranularity.Month, first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A calendar year.</summary>
    public static LinkDate Year(int year) => new(DateGranularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The range a <see cref="PartialDate"/> names; a yearless day takes its year from <paramref name="published"/>
    /// (the year that puts it nearest), else is unknown.</summary>
    public static LinkDate From(PartialDate? date, DateOnly? published)
    {
        if (date is not PartialDate d)
        {
            return Unknown;
        }

        return d.Precision switch
        {
            DatePrecision.Day => Day(d.Year!.Value, d.Month!.Value, d.Day!.Value),
            DatePrecision.Month => Month(d.Year!.Value, d.Month!.Value),
            DatePrecision.Year => Year(d.Year!.Value),
            _ => published is DateOnly p ? NearestYear(d.Month!.Value, d.Day!.Value, p) : Unknown,
        };
    }

    /// <summary>Reads the event-data and TIMEX3 date forms: <c>2013-06-17</c>, <c>2013-W25</c>, <c>2013-06</c>, <c>2013</c>,
    /// <c>--05-24</c> or <c>XXXX-05-24</c> (year from <paramref name="published"/>); anything else, or null, is unknown.</summary>
    public static LinkDate Parse(string? value, DateOnly? published = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Unknown;
        }

        var text = value.AsSpan().Trim();
        if (text.Length == 8 && text[4] == '-' && (text[5] == 'W' || text[5] == 'w')
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var wy)
            && int.TryParse(text[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && wy is >= 1 and < 9999 && w >= 1 && w <= ISOWeek.GetWeeksInYear(wy))
        {
            return Week(wy, w);
        }

        if (text.Length == 10 && text.StartsWith("XXXX-", StringComparison.Ordinal))
        {
            text = string.Concat("--", text[5..]).AsSpan();
        }

        return PartialDate.TryParse(text, out var date) ? From(date, published) : Unknown;
    }

    /// <summary>Whether the two ranges share a day once each is widened by <paramref name="tolerance"/> days.</summary>
    public bool Overlaps(LinkDate other, int tolerance = 0) =>
        IsKnown && other.IsKnown
        && Start.DayNumber - tolerance <= other.End.DayNumber
        && other.Start.DayNumber - tolerance <= End.DayNumber;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(LinkDate other) =>
        IsKnown && other.IsKnown && Start <= other.Start && other.End <= End;

    /// <summary>The ISO form: <c>2013-06-17</c>, <c>2013-W25</c>, <c>2013-06</c>, <c>2013</c>, or an empty string when unknown.</summary>
    public override string ToString() => Granularity switch
    {
        DateGranularity.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGranularity.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}"),
        DateGranularity.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateGranularity.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private static LinkDate NearestYear(int month, int day, DateOnly published)
    {
        LinkDate best = Unknown;
        var bestDistance = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            var distance = Math.Abs(candidate.DayNumber - published.DayNumber);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = Day(candidate);
            }
        }

        return best;
    }
}
