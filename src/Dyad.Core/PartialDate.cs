using System.Globalization;

namespace Dyad.Core;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year: <c>2013</c>.</summary>
    Year,

    /// <summary>Year and month: <c>2013-05</c>.</summary>
    Month,

    /// <summary>A full calendar day: <c>2013-05-24</c>.</summary>
    Day,

    /// <summary>Month and day without a year: <c>--05-24</c>.</summary>
    MonthDay,
}

/// <summary>A calendar date that may lack its day, its month, or its year.</summary>
/// <remarks>
/// A date the page states without a year stays yearless (<c>--05-24</c>): it is never completed from the clock.
/// The ISO-8601 forms are <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and <c>--MM-DD</c>.
/// </remarks>
public readonly record struct PartialDate
{
    private PartialDate(int? year, int? month, int? day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year, when known.</summary>
    public int? Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>Which parts are known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A full date; throws when the day does not exist.</summary>
    public static PartialDate FromDay(int year, int month, int day)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a calendar day.");
        }

        return new PartialDate(year, month, day, DatePrecision.Day);
    }

    /// <summary>A year and month.</summary>
    public static PartialDate FromMonth(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year:D4}-{month:D2} is not a month.");
        }

        return new PartialDate(year, month, null, DatePrecision.Month);
    }

    /// <summary>A bare year.</summary>
    public static PartialDate FromYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year} is not a year.");
        }

        return new PartialDate(year, null, null, DatePrecision.Year);
    }

    /// <summary>A month and day without a year; February 29 is allowed.</summary>
    public static PartialDate FromMonthDay(int month, int day)
    {
        if (!IsValid(2000, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"--{month:D2}-{day:D2} is not a day of the year.");
        }

        return new PartialDate(null, month, day, DatePrecision.MonthDay);
    }

    /// <summary>Builds the most precise date from the parts given, or returns false when they name no date.</summary>
    public static bool TryCreate(int? year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is int y && month is int m && day is int d)
        {
            if (!IsValid(y, m, d))
            {
                return false;
            }

            date = new PartialDate(y, m, d, DatePrecision.Day);
            return true;
        }

        if (year is null && month is int m2 && day is int d2)
        {
            if (!IsValid(2000, m2, d2))
            {
                return false;
            }

            date = new PartialDate(null, m2, d2, DatePrecision.MonthDay);
            return true;
        }

        if (year is int y3 && y3 is >= 1 and <= 9999 && day is null)
        {
            if (month is int m3)
            {
                if (m3 is < 1 or > 12)
                {
                    return false;
                }

                date = new PartialDate(y3, m3, null, DatePrecision.Month);
                return true;
            }

            date = new PartialDate(y3, null, null, DatePrecision.Year);
            return true;
        }

        return false;
    }

    /// <summary>Parses the ISO forms <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and <c>--MM-DD</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length == 7 && text[0] == '-' && text[1] == '-' && text[4] == '-'
            && TryDigits(text.Slice(2, 2), out var md) && TryDigits(text.Slice(5, 2), out var dd))
        {
            return TryCreate(null, md, dd, out date);
        }

        if (text.Length >= 4 && TryDigits(text[..4], out var year))
        {
            if (text.Length == 4)
            {
                return TryCreate(year, null, null, out date);
            }

            if (text.Length == 7 && text[4] == '-' && TryDigits(text.Slice(5, 2), out var month))
            {
                return TryCreate(year, month, null, out date);
            }

            if (text.Length == 10 && text[4] == '-' && text[7] == '-'
                && TryDigits(text.Slice(5, 2), out var m) && TryDigits(text.Slice(8, 2), out var d))
            {
                return TryCreate(year, m, d, out date);
            }
        }

        return false;
    }

    /// <summary>The ISO-8601 form for the precision: <c>2013-05-24</c>, <c>2013-05</c>, <c>2013</c> or <c>--05-24</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}"),
    };

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}
