using Dyad.Core;
using NodaTime;

namespace Dyad.Language.Time;

/// <summary>
/// The date relative expressions are resolved against, with whichever parts are known. Built only from the caller's
/// anchor (the publication date): never from the clock.
/// </summary>
internal readonly struct TimeAnchor
{
    private TimeAnchor(int? year, int? month, LocalDate? date)
    {
        Year = year;
        Month = month;
        Date = date;
    }

    public int? Year { get; }

    public int? Month { get; }

    public LocalDate? Date { get; }

    /// <summary>Years outside 2..9997 are treated as unknown so that arithmetic never leaves the calendar.</summary>
    public static TimeAnchor From(PartialDate? anchor)
    {
        if (anchor is not { } a)
        {
            return default;
        }

        if (a.Year is not int y || y is < 2 or > 9997)
        {
            // A yearless anchor (--05-24) still fixes the month: "last month" is XXXX-04.
            return a.Year is null && a.Month is int onlyMonth ? new TimeAnchor(null, onlyMonth, null) : default;
        }

        if (a.Month is not int m)
        {
            return new TimeAnchor(y, null, null);
        }

        return a.Day is int d ? new TimeAnchor(y, m, new LocalDate(y, m, d)) : new TimeAnchor(y, m, null);
    }

    public static TimeAnchor FromDate(LocalDate date) => new(date.Year, date.Month, date);
}
