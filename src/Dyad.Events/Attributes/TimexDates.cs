using System.Globalization;

namespace Dyad.Events.Attributes;

/// <summary>Calendar readings of TIMEX3 values: <c>2013-06-17</c>, <c>2013-06</c>, <c>2013</c>, <c>2013-W25</c>, <c>2013-06-17T10:00</c>.</summary>
internal static class TimexDates
{
    /// <summary>The day <paramref name="value"/> names (<c>2013-06-17</c>, also with a time after it), or null for any coarser or unresolved value.</summary>
    public static DateOnly? ExactDay(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The calendar part of <paramref name="value"/> as YYYY-MM-DD, YYYY-MM or YYYY; null when the value has no full year (<c>XXXX-05-24</c>).</summary>
    public static string? Calendar(string value)
    {
        if (value.Length < 4 || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1]) || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
        {
            return null;
        }

        if (value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[8]))
        {
            return value[..10];
        }

        if (value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]))
        {
            return value[..7];
        }

        return value[..4];
    }

    /// <summary>The first day of <paramref name="value"/>, or null for values without a full year (XXXX-05-24), durations, sets and references.</summary>
    public static DateOnly? Earliest(string value)
    {
        var v = value.AsSpan();
        if (v.Length < 4 || !int.TryParse(v[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (v.Length == 4 || v[4] != '-')
        {
            return v.Length == 4 ? new DateOnly(year, 1, 1) : null;
        }

        var rest = v[5..];
        if (rest.Length >= 2 && rest[0] == 'W' && int.TryParse(rest.Slice(1, Math.Min(2, rest.Length - 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        }

        if (rest.Length >= 2 && int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) &&
                day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }

            return new DateOnly(year, month, 1);
        }

        return null;
    }
}
