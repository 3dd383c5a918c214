using Dyad.Core;
using Dyad.Language.Tokens;
using NodaTime;
using static Dyad.Language.Time.TimeLexicon;

namespace Dyad.Language.Time;

/// <content>Months, days of the month and weekdays, and the years and days they resolve to.</content>
internal sealed partial class TimexScanner
{
    private bool MonthIsTime(int j, LexEntry e)
    {
        if (!Capitalised(j))
        {
            return false;
        }

        if (!e.Weak)
        {
            return true;
        }

        var next = At(j + 1);
        if (next.Kind is LexKind.Digits or LexKind.Ordinal)
        {
            return true;
        }

        // "May" and "March" alone: only after a preposition or modifier that takes a month.
        return Is(j - 1, "in") || Is(j - 1, "since") || Is(j - 1, "until") || Is(j - 1, "of") || Is(j - 1, "by") || Is(j - 1, "early")
            || Is(j - 1, "late") || Is(j - 1, "last") || Is(j - 1, "next") || Is(j - 1, "this") || Is(j - 1, "mid") || Is(j - 1, "through")
            || Is(j - 1, "from") || Is(j - 1, "before") || Is(j - 1, "after") || Is(j - 1, "during");
    }

    /// <summary>
    /// True when a capitalised time word starts a name: followed by a capitalised word that is no time word, and not
    /// after a preposition or modifier that takes a time ("April Ryan asked", "Summer Zervos"; but "in June Obama met").
    /// </summary>
    private bool IsNameLike(int j)
    {
        var next = j + 1;
        if (next >= _last || _tokens[next].Kind != TokenKind.Word || !At(next).IsNone || !Capitalised(next) || IsAllCaps(next))
        {
            return false;
        }

        return !(Is(j - 1, "in") || Is(j - 1, "on") || Is(j - 1, "since") || Is(j - 1, "until") || Is(j - 1, "by") || Is(j - 1, "from")
            || Is(j - 1, "of") || Is(j - 1, "through") || Is(j - 1, "during") || Is(j - 1, "before") || Is(j - 1, "after") || Is(j - 1, "early")
            || Is(j - 1, "late") || Is(j - 1, "mid") || Is(j - 1, "last") || Is(j - 1, "next") || Is(j - 1, "this") || Is(j - 1, "till")
            || Is(j - 1, "to") || Is(j - 1, "the"));
    }

    private bool TryMonth(int j, out Match m)
    {
        m = default;
        var e = At(j);
        var edge = TimexModifier.None;
        if (Word(j).Contains('-'))
        {
            // "late-November", "early-September"
            edge = Word(j)[0] is 'l' or 'L' ? TimexModifier.End : Word(j)[0] is 'e' or 'E' ? TimexModifier.Start : TimexModifier.None;
        }
        else if (!MonthIsTime(j, e) && !e.Mid)
        {
            return false;
        }

        if (!e.Mid && edge == TimexModifier.None && IsNameLike(j))
        {
            return false;
        }

        var month = e.Value;
        var k = j + 1;
        var next = At(k);
        int? day = null;
        if (next.Kind == LexKind.NumberOther && DayRangeStart(Word(k)) is int rangeStart)
        {
            // "June 17-18": the range starts on the 17th.
            day = rangeStart;
            k++;
        }
        else if ((next.Kind == LexKind.Digits && _tokens[k].Span.Length <= 2 && next.Value is >= 1 and <= 31) || (next.Kind == LexKind.Ordinal && next.Value <= 31))
        {
            day = next.Value;
            k++;
        }

        int? year = null;
        var yk = Is(k, ",") ? k + 1 : k;
        if (Is(yk, "of") && day is null)
        {
            yk++;
        }

        if (At(yk) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y && _tokens[yk].Span.Length == 4)
        {
            year = y.Value;
            k = yk + 1;
        }
        else if (At(yk) is { Kind: LexKind.NumberWord, Value: >= 11 and <= 20 } c && At(yk + 1) is { Kind: LexKind.NumberWord, Value: >= 10 and <= 99 } t)
        {
            year = (c.Value * 100) + t.Value;
            k = yk + 2;
        }
        else if (day is null && At(k) is { Kind: LexKind.Relative } r && r.Value is RelThis or RelLast or RelNext && At(k + 1) is { Kind: LexKind.Unit, Unit: TimeUnit.Year, Value: 0 }
            && _anchor.Year is int ay)
        {
            // "July last year", "January this year"
            year = ay + (r.Value == RelLast ? -1 : r.Value == RelNext ? 1 : 0);
            k += 2;
        }

        if (day is int dd)
        {
            return DayOfMonth(j, k, month, dd, year, out m);
        }

        if (year is int yy)
        {
            m = Match.Of(j, k, TimexType.Date, TimeValues.Month(yy, month), TimeGranularity.Month);
            return true;
        }

        var resolved = ResolveMonth(month, j);
        m = Match.Of(j, k, TimexType.Date, resolved, TimeGranularity.Month);
        m.Relative = true;
        m.Modifier = e.Mid ? TimexModifier.Mid : edge;

        return true;
    }

    private static int? DayRangeStart(ReadOnlySpan<char> s)
    {
        var dash = s.IndexOf('-');
        if (dash is < 1 or > 2 || s.Length - dash - 1 is < 1 or > 2 || !IsAllDigits(s[..dash]) || !IsAllDigits(s[(dash + 1)..]))
        {
            return null;
        }

        var first = ParseDigits(s[..dash]);
        var last = ParseDigits(s[(dash + 1)..]);
        return first is >= 1 and <= 31 && last > first && last <= 31 ? first : null;
    }

    private string ResolveMonth(int month, int at)
    {
        if (_sentenceYear > 0)
        {
            return TimeValues.Month(_sentenceYear, month);
        }

        if (_anchor.Year is not int y)
        {
            return TimeValues.MonthUnknownYear(month);
        }

        if (_anchor.Month is int am)
        {
            y = NearestYear(y, (am * 31) + 15, month * 31, Tense(at, at + 1), 31);
        }

        return TimeValues.Month(y, month);
    }

    /// <summary>
    /// The year, among the anchor's and its neighbours, that puts a yearless month (or month and day) nearest the
    /// anchor. Past-tense narration penalises dates after the anchor, future tense dates before it; with no cue the
    /// later date pays a small penalty, since news mostly reports what has happened. Positions are in days (month × 31 + day).
    /// </summary>
    private static int NearestYear(int year, int anchorPos, int pos, int tense, int slack)
    {
        const int YearDays = 12 * 31;
        var best = year;
        var bestCost = int.MaxValue;
        for (var y = year - 1; y <= year + 1; y++)
        {
            var delta = pos + ((y - year) * YearDays) - anchorPos;
            var cost = Math.Abs(delta);
            if (delta > slack)
            {
                cost += tense < 0 ? PastPenalty : tense == 0 ? UnknownPenalty : 0;
            }
            else if (delta < -slack && tense > 0)
            {
                cost += PastPenalty;
            }

            if (cost < bestCost)
            {
                best = y;
                bestCost = cost;
            }
        }

        return TimeValues.YearOk(best) ? best : year;
    }

    private bool DayOfMonth(int start, int end, int month, int day, int? year, out Match m)
    {
        m = default;
        if (day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        if (year is int y)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                return false;
            }

            m = Match.Of(start, end, TimexType.Date, TimeValues.Day(new LocalDate(y, month, day)), TimeGranularity.Day);
            return true;
        }

        int ay;
        if (_sentenceYear > 0)
        {
            ay = _sentenceYear;
        }
        else if (_anchor.Year is int anchorYear)
        {
            ay = _anchor.Month is int am
                ? NearestYear(anchorYear, (am * 31) + (_anchor.Date?.Day ?? 15), (month * 31) + day, Tense(start, end), 3)
                : anchorYear;
        }
        else
        {
            m = Match.Of(start, end, TimexType.Date, TimeValues.MonthDayUnknownYear(month, day), TimeGranularity.Day);
            m.Relative = true;
            return true;
        }

        if (day > DateTime.DaysInMonth(ay, month))
        {
            day = DateTime.DaysInMonth(ay, month);
        }

        m = Match.Of(start, end, TimexType.Date, TimeValues.Day(new LocalDate(ay, month, day)), TimeGranularity.Day);
        m.Relative = true;
        return true;
    }

    private bool TryWeekday(int j, out Match m)
    {
        var weekday = At(j).Value;
        var k = j + 1;
        var plural = At(j).Unit == TimeUnit.Week;
        if (plural || (At(k) is { Kind: LexKind.PartOfDay, Unit: TimeUnit.Week }))
        {
            // "on Mondays", "Tuesday nights": every such day.
            var part = At(k) is { Kind: LexKind.PartOfDay } p ? "T" + TimeValues.PartOfDayCodes[p.Value] : "";
            m = Match.Of(j, part.Length > 0 ? k + 1 : k, TimexType.Set, TimeValues.WeekdayUnknown(weekday) + part, TimeGranularity.Day);
            return true;
        }

        // "Friday, Oct. 23", "Monday Oct. 26, 1998": the explicit date wins.
        var probe = Is(k, ",") ? k + 1 : k;
        if (At(probe).Kind == LexKind.Month && TryMonth(probe, out var date) && date.Granularity == TimeGranularity.Day)
        {
            m = date;
            m.Start = j;
            return WithPartOfDay(ref m);
        }

        m = Match.Of(j, k, TimexType.Date, ResolveWeekday(weekday, 0, j), TimeGranularity.Day);
        m.Relative = true;
        return WithPartOfDay(ref m);
    }

    /// <summary>The date a weekday names: <paramref name="direction"/> -1 last, +1 next, 0 by the tense around it.</summary>
    private string ResolveWeekday(int weekday, int direction, int at)
    {
        if (_anchor.Date is not { } d)
        {
            return TimeValues.WeekdayUnknown(weekday);
        }

        var today = (int)d.DayOfWeek;
        if (direction == 0)
        {
            if (weekday == today)
            {
                return TimeValues.Day(d);
            }

            direction = Tense(at, at + 1) > 0 ? 1 : -1;
        }

        var delta = direction < 0 ? -(((today - weekday) + 7) % 7) : ((weekday - today) + 7) % 7;
        if (delta == 0)
        {
            delta = direction < 0 ? -7 : 7;
        }

        return TimeValues.Day(d.PlusDays(delta));
    }

    /// <summary>Extends a day-valued match by a following part of day: "Friday night", "yesterday morning".</summary>
    private bool WithPartOfDay(ref Match m)
    {
        var p = At(m.End);
        if (p.Kind == LexKind.PartOfDay && p.Unit != TimeUnit.Week && !Is(m.End, "overnight"))
        {
            m.End++;
            m.Type = TimexType.Time;
            m.Value += "T" + TimeValues.PartOfDayCodes[p.Value];
            m.Granularity = TimeGranularity.PartOfDay;
        }
        else if (p.Kind == LexKind.Noon)
        {
            m.End++;
            m.Type = TimexType.Time;
            m.Value += p.Value == 24 ? "T24:00" : "T12:00";
            m.Granularity = TimeGranularity.Minute;
        }

        return true;
    }
}
