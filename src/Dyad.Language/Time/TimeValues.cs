using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Dyad.Language.Time;

/// <summary>Formats and shifts TIMEX3 values; every method stays inside years 1-9999 and says "unknown" otherwise.</summary>
internal static class TimeValues
{
    public static readonly string[] PartOfDayCodes = ["", "MO", "AF", "EV", "NI"];

    public static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    private static readonly IWeekYearRule Iso = WeekYearRules.Iso;

    public static bool YearOk(long y) => y is >= 1 and <= 9998;

    public static string Day(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    public static string Month(int y, int m) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}");

    public static string Year(int y) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}");

    public static string Quarter(int y, int q) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-Q{q}");

    public static string Half(int y, int h) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-H{h}");

    public static string Season(int y, int s) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{SeasonCodes[s]}");

    public static string Decade(int decade) => string.Create(CultureInfo.InvariantCulture, $"{decade:D3}");

    public static string Century(int century) => string.Create(CultureInfo.InvariantCulture, $"{century:D2}");

    public static string Week(LocalDate d) =>
        string.Create(CultureInfo.InvariantCulture, $"{Iso.GetWeekYear(d):D4}-W{Iso.GetWeekOfWeekYear(d):D2}");

    public static string MonthDayUnknownYear(int m, int d) => string.Create(CultureInfo.InvariantCulture, $"XXXX-{m:D2}-{d:D2}");

    public static string MonthUnknownYear(int m) => string.Create(CultureInfo.InvariantCulture, $"XXXX-{m:D2}");

    public static string WeekdayUnknown(int isoDay) => string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{isoDay}");

    public static string Clock(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

    public static string Duration(int quantity, TimeUnit unit)
    {
        var n = quantity < 0 ? "X" : quantity.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Weekend => "P" + n + "WE",
            TimeUnit.Month => "P" + n + "M",
            // TimeBank writes quarters as months: "the next three quarters" is P9M.
            TimeUnit.Quarter => quantity < 0 ? "PXQ" : "P" + (quantity * 3).ToString(CultureInfo.InvariantCulture) + "M",
            TimeUnit.Half => quantity < 0 ? "PXM" : "P" + (quantity * 6).ToString(CultureInfo.InvariantCulture) + "M",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => quantity < 0 ? "PXDE" : "P" + (quantity * 10).ToString(CultureInfo.InvariantCulture) + "Y",
            TimeUnit.Century => quantity < 0 ? "PXCE" : "P" + (quantity * 100).ToString(CultureInfo.InvariantCulture) + "Y",
            _ => "PX",
        };
    }

    /// <summary>A quantity and a half of a unit, written with the next smaller unit: P2Y6M, PT5H30M.</summary>
    public static string DurationAndHalf(int quantity, TimeUnit unit)
    {
        var n = quantity.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => "P" + n + "Y6M",
            TimeUnit.Month => "P" + n + "M15D",
            TimeUnit.Week => "P" + ((quantity * 7) + 3).ToString(CultureInfo.InvariantCulture) + "DT12H",
            TimeUnit.Day => "P" + n + "DT12H",
            TimeUnit.Hour => "PT" + n + "H30M",
            TimeUnit.Minute => "PT" + n + "M30S",
            _ => Duration(quantity, unit),
        };
    }

    public static TimeGranularity GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => TimeGranularity.Second,
        TimeUnit.Minute => TimeGranularity.Minute,
        TimeUnit.Hour => TimeGranularity.Hour,
        TimeUnit.Day => TimeGranularity.Day,
        TimeUnit.Week or TimeUnit.Weekend => TimeGranularity.Week,
        TimeUnit.Month => TimeGranularity.Month,
        TimeUnit.Quarter => TimeGranularity.Quarter,
        TimeUnit.Half => TimeGranularity.Half,
        TimeUnit.Year => TimeGranularity.Year,
        TimeUnit.Decade => TimeGranularity.Decade,
        TimeUnit.Century => TimeGranularity.Century,
        _ => TimeGranularity.Unspecified,
    };

    /// <summary>The unit period that lies <paramref name="n"/> units from <paramref name="anchor"/>; X placeholders when the anchor is too coarse.</summary>
    public static string Shift(TimeAnchor anchor, TimeUnit unit, int n)
    {
        if (Math.Abs(n) > 2000)
        {
            return Unknown(unit);
        }

        switch (unit)
        {
            case TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day:
                if (anchor.Date is not { } d || (unit == TimeUnit.Day && !InRange(d.Year + (n / 365))))
                {
                    return Unknown(unit);
                }

                return unit == TimeUnit.Day ? Day(d.PlusDays(n)) : Day(d);
            case TimeUnit.Week or TimeUnit.Weekend:
                if (anchor.Date is not { } w || !InRange(w.Year + (n / 52)))
                {
                    return Unknown(unit);
                }

                var week = Week(w.PlusWeeks(n));
                return unit == TimeUnit.Weekend ? week + "-WE" : week;
            case TimeUnit.Month:
                if (anchor.Year is null && anchor.Month is int ym && ym - 1 + n is >= 0 and < 12)
                {
                    return MonthUnknownYear(ym + n);
                }

                if (anchor.Year is not int my || anchor.Month is not int mm)
                {
                    return Unknown(unit);
                }

                var months = (my * 12L) + (mm - 1) + n;
                return InRange(months / 12) ? Month((int)(months / 12), (int)(months % 12) + 1) : Unknown(unit);
            case TimeUnit.Quarter or TimeUnit.Half:
                if (anchor.Year is not int qy || anchor.Month is not int qm)
                {
                    return Unknown(unit);
                }

                var per = unit == TimeUnit.Quarter ? 4 : 2;
                var index = (qy * (long)per) + ((qm - 1) / (12 / per)) + n;
                if (!InRange(index / per))
                {
                    return Unknown(unit);
                }

                return unit == TimeUnit.Quarter ? Quarter((int)(index / per), (int)(index % per) + 1) : Half((int)(index / per), (int)(index % per) + 1);
            case TimeUnit.Year:
                return anchor.Year is int y && InRange(y + n) ? Year(y + n) : Unknown(unit);
            case TimeUnit.Decade:
                return anchor.Year is int dy && InRange(dy + (10 * n)) ? Decade((dy / 10) + n) : Unknown(unit);
            case TimeUnit.Century:
                return anchor.Year is int cy && InRange(cy + (100 * n)) ? Century((cy / 100) + n) : Unknown(unit);
            default:
                return Unknown(unit);
        }
    }

    /// <summary>The value a period of <paramref name="unit"/> takes when nothing anchors it.</summary>
    public static string Unknown(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX-XX-XX",
    };

    private static bool InRange(long year) => year is >= 1 and <= 9998;
}
