using Dyad.Core;
using Dyad.Language.Tokens;
using NodaTime;
using static Dyad.Language.Time.TimeLexicon;

namespace Dyad.Language.Time;

/// <content>Numbers: quantities and durations, years, clock times and numeric dates.</content>
internal sealed partial class TimexScanner
{
    private bool TryNumber(int j, bool the, out Match m)
    {
        m = default;
        var e = At(j);
        if (e.Kind == LexKind.NumberOther)
        {
            return TryNumericForm(j, out m);
        }

        if (e.Kind == LexKind.Digits)
        {
            if (IsKind(j - 1, TokenKind.Symbol) || Is(j + 1, "%") || Is(j + 1, "percent"))
            {
                return false;
            }

            var next = At(j + 1);

            // "3 p.m.", "10 a.m. EST"
            if (next.Kind == LexKind.Meridiem && e.Value is >= 1 and <= 12)
            {
                var hour = (e.Value % 12) + next.Value;
                return TryTime(j, j + 2, hour, 0, out m);
            }

            // "1930 GMT": a 24-hour clock time, not a year.
            if (next.Kind == LexKind.Zone && _tokens[j].Span.Length == 4 && e.Value / 100 <= 23 && e.Value % 100 <= 59)
            {
                return TryTime(j, j + 1, e.Value / 100, e.Value % 100, out m);
            }

            // "18 June 2012"
            if (next.Kind == LexKind.Month && e.Value is >= 1 and <= 31 && (!next.Weak || Capitalised(j + 1)))
            {
                var end = j + 2;
                int? year = null;
                if (At(end).Kind == LexKind.Digits && At(end).Value is >= 1000 and <= 2199)
                {
                    year = At(end).Value;
                    end++;
                }

                return DayOfMonth(j, end, next.Value, e.Value, year, out m);
            }

            // A year: 1000-2199 written as four digits (or "mid-1996").
            if ((_tokens[j].Span.Length == 4 || e.Mid) && e.Value is >= 1000 and <= 2199)
            {
                return TryYear(j, e.Value, e.Mid, out m);
            }
        }

        // "nineteen ninety-six"
        if (e.Kind == LexKind.NumberWord && e.Value is >= 11 and <= 20 && At(j + 1) is { Kind: LexKind.NumberWord, Value: >= 10 and <= 99 } tail
            && At(j + 2).Kind != LexKind.Unit)
        {
            return TryYear(j + 1, (e.Value * 100) + tail.Value, false, out m, j);
        }

        if (!TryQuantity(j, out var quantity, out var k))
        {
            return false;
        }

        var u = At(k);
        if (u.Kind != LexKind.Unit)
        {
            return false;
        }

        // "a year" must be singular, "three years" plural; "one year" either.
        var end2 = k + 1;
        var after = At(end2);
        var unit = u.Unit;
        if (Is(end2, "or") && Is(end2 + 1, "so") && At(end2 + 2).Kind == LexKind.Ago)
        {
            // "a week or so ago"
            end2 += 2;
            after = At(end2);
        }

        if (after.Kind == LexKind.Ago || (after.Kind == LexKind.Shift && after.Value < 0 && Is(end2, "earlier")))
        {
            return Ago(j, end2 + 1, unit, quantity, after.Kind == LexKind.Ago, out m);
        }

        if (unit is TimeUnit.Weekend or TimeUnit.Half || Is(end2, "old") || (unit == TimeUnit.Quarter && quantity == 1 && Is(end2, "of")))
        {
            // Not durations: "52 years old" (an age), "a half", "a quarter of the market".
            return false;
        }

        if (IsRate(j))
        {
            // "$2 million a year", "hundreds of interviews a day": a rate, which TimeML reads as a recurrence.
            m = Match.Of(j, end2, TimexType.Set, TimeValues.Duration(1, unit), TimeValues.GranularityOf(unit));
            return true;
        }

        // "three days later" stays a duration, as TimeBank annotates it; "2 1/2 years" is P2Y6M.
        var half = Is(k - 1, "1/2") || Is(k - 1, "½");
        var value = half ? TimeValues.DurationAndHalf(quantity, unit) : TimeValues.Duration(quantity, unit);
        m = Match.Of(j, end2, TimexType.Duration, value, TimeValues.GranularityOf(unit), takesThe: true);
        return true;
    }

    private bool IsRate(int j)
    {
        if (KindAt(j) != LexKind.Article || j - 1 < _first)
        {
            return false;
        }

        // "$2 million a year", "four flights a week", "24 hours a day": a rate (a recurrence), not a stretch of time.
        var kind = _tokens[j - 1].Kind;
        var before = Word(j - 1);
        if (kind == TokenKind.Word && before.Length > 3 && char.IsAsciiLetterLower(before[0]) && before[^1] == 's' && !before.EndsWith("ss", StringComparison.Ordinal))
        {
            return true;
        }

        return kind == TokenKind.Number || Is(j - 1, "million") || Is(j - 1, "billion") || Is(j - 1, "%") || Is(j - 1, "percent") || Is(j - 1, "times")
            || Is(j - 1, "twice") || Is(j - 1, "once") || Is(j - 1, "dollars") || Is(j - 1, "cents");
    }

    private bool TryQuantity(int j, out int quantity, out int next)
    {
        quantity = 0;
        next = j;
        var e = At(j);
        switch (e.Kind)
        {
            case LexKind.Digits when e.Value is > 0 and <= 9999:
                quantity = e.Value;
                next = j + 1;
                break;
            case LexKind.NumberWord:
                quantity = e.Value;
                next = j + 1;
                if (e.Value >= 20 && e.Value % 10 == 0 && e.Value < 100 && At(next) is { Kind: LexKind.NumberWord, Value: > 0 and < 10 } ones)
                {
                    quantity += ones.Value;
                    next++;
                }
                else if (e.Value < 100 && At(next) is { Kind: LexKind.NumberWord, Value: 100 or 1000 } mult)
                {
                    quantity *= mult.Value;
                    next++;
                }

                break;
            case LexKind.Article:
                next = j + 1;
                if (At(next) is { Kind: LexKind.Quantity } q)
                {
                    // "a few days", "a couple of years"
                    quantity = q.Value;
                    next++;
                    if (KindAt(next) == LexKind.Of)
                    {
                        next++;
                    }

                    return At(next) is { Kind: LexKind.Unit, Value: 1 };
                }

                if (At(next) is { Kind: LexKind.Unit, Value: 0 })
                {
                    quantity = 1;
                    return true;
                }

                return false;
            case LexKind.Quantity:
                quantity = e.Value;
                next = j + 1;
                if (KindAt(next) == LexKind.Of)
                {
                    next++;
                }

                return At(next) is { Kind: LexKind.Unit, Value: 1 };
            default:
                return false;
        }

        // "2 1/2 years", "two more weeks"
        if (Is(next, "1/2") || Is(next, "½") || (Is(next, "more") && At(next + 1).Kind == LexKind.Unit))
        {
            next++;
        }

        // "three years", and the adjectival singular of TimeBank's "a five year low", "two day visit".
        return quantity > 0 && At(next).Kind == LexKind.Unit;
    }

    private bool Ago(int start, int end, TimeUnit unit, int quantity, bool ago, out Match m)
    {
        var gran = TimeValues.GranularityOf(unit);
        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            gran = TimeGranularity.Day;
        }

        string value;
        if (quantity < 0)
        {
            value = "PAST_REF";
            gran = TimeGranularity.Unspecified;
        }
        else if (unit is TimeUnit.Year && quantity == 1 && (_refQuarterYear > 0 || _sentenceDay is not null))
        {
            // "a year earlier" in a quarterly report: the same quarter (or stated day) a year before the one under discussion.
            (value, gran) = YearBefore(_refQuarter);
        }
        else if (!ago && _refDay is { } r && unit is TimeUnit.Day or TimeUnit.Week)
        {
            value = TimeValues.Shift(TimeAnchor.FromDate(r), unit, -quantity);
        }
        else
        {
            value = TimeValues.Shift(_anchor, unit == TimeUnit.Weekend ? TimeUnit.Week : unit, -quantity);
        }

        m = Match.Of(start, end, TimexType.Date, value, gran, takesThe: false);
        m.Relative = true;
        m.Ago = true;
        return true;
    }

    private bool TryYear(int j, int year, bool mid, out Match m, int start = -1)
    {
        m = default;
        start = start < 0 ? j : start;
        var next = At(j + 1);

        // "1500 more arrived": a count, not a year; years before 1800 need a word that takes a year.
        if (Is(j + 1, "more") || Is(j + 1, "fewer") || Is(j + 1, "others") || Is(j + 1, "other")
            || (year < 1800 && start == j && !(Is(j - 1, "in") || Is(j - 1, "since") || Is(j - 1, "of") || Is(j - 1, "from") || Is(j - 1, "until")
                || Is(j - 1, "by") || Is(j - 1, "year") || Is(j - 1, "before") || Is(j - 1, "after") || Is(j - 1, "to"))))
        {
            return false;
        }

        // "1988 second quarter", "the 1988 third quarter"
        if (next.Kind == LexKind.Ordinal && At(j + 2) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter, Value: 0 } && next.Value is >= 1 and <= 4)
        {
            m = Match.Of(start, j + 3, TimexType.Date, TimeValues.Quarter(year, next.Value), TimeGranularity.Quarter, takesThe: true);
            return true;
        }

        if (next.Kind == LexKind.CompoundQuarter)
        {
            m = Match.Of(start, j + 2, TimexType.Date, TimeValues.Quarter(year, next.Value), TimeGranularity.Quarter, takesThe: true);
            return true;
        }

        m = Match.Of(start, j + 1, TimexType.Date, TimeValues.Year(year), TimeGranularity.Year);
        if (mid)
        {
            m.Modifier = TimexModifier.Mid;
        }

        return true;
    }

    private bool TryNumericForm(int j, out Match m)
    {
        m = default;
        var s = Word(j);

        // hh:mm[:ss] [a.m.|p.m.]
        var colon = s.IndexOf(':');
        if (colon is 1 or 2 && s.Length >= colon + 3 && s.Length <= 8 && IsAllDigits(s[..colon]) && IsAllDigits(s.Slice(colon + 1, 2)))
        {
            var hour = ParseDigits(s[..colon]);
            var minute = ParseDigits(s.Slice(colon + 1, 2));
            if (hour > 24 || minute > 59)
            {
                return false;
            }

            var end = j + 1;
            if (At(end).Kind == LexKind.Meridiem && hour is >= 1 and <= 12)
            {
                hour = (hour % 12) + At(end).Value;
                end++;
            }

            return TryTime(j, end, hour, minute, out m);
        }

        // Dates: dd.mm.yyyy, yyyy-mm-dd, mm/dd/yyyy, yyyy.mm.dd, dd.mm.yy is too ambiguous.
        Span<Range> parts = stackalloc Range[4];
        var sep = s.IndexOfAny('.', '-', '/');
        if (sep < 0)
        {
            return false;
        }

        var count = s.Split(parts, s[sep]);
        if (count != 3)
        {
            return false;
        }

        var a = s[parts[0]];
        var b = s[parts[1]];
        var c = s[parts[2]];
        if (!IsAllDigits(a) || !IsAllDigits(b) || !IsAllDigits(c))
        {
            return false;
        }

        int y, mo, d;
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
        {
            (y, mo, d) = (ParseDigits(a), ParseDigits(b), ParseDigits(c));
        }
        else if (c.Length == 4 && a.Length <= 2 && b.Length <= 2)
        {
            y = ParseDigits(c);
            var first = ParseDigits(a);
            var second = ParseDigits(b);

            // Slashes are American (month first) unless the first part cannot be a month; dots and dashes are day first.
            (mo, d) = s[sep] == '/' ? (first > 12 ? (second, first) : (first, second)) : (second > 12 && first <= 12 ? (first, second) : (second, first));
        }
        else
        {
            return false;
        }

        if (y is < 1000 or > 2199 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        m = Match.Of(j, j + 1, TimexType.Date, TimeValues.Day(new LocalDate(y, mo, d)), TimeGranularity.Day);
        return true;
    }

    /// <summary>A clock time, combined with a date around it when there is one: "5 p.m. EST Nov. 9", "Friday at 3 p.m.".</summary>
    private bool TryTime(int start, int end, int hour, int minute, out Match m)
    {
        if (KindAt(end) == LexKind.Zone)
        {
            end++;
        }

        string? date = null;
        var dateEnd = end;
        var probe = Is(end, ",") || Is(end, "on") ? end + 1 : end;
        if (At(probe).Kind is LexKind.Weekday or LexKind.Month or LexKind.Deictic && TryCore(probe, false, out var after)
            && after.Type == TimexType.Date && after.Granularity == TimeGranularity.Day)
        {
            date = after.Value;
            dateEnd = after.End;
        }
        else if (start - 1 >= _first && (Is(start - 1, "at") || Is(start - 1, "by")) && start - 2 >= _first && At(start - 2).Kind is LexKind.Weekday or LexKind.Deictic)
        {
            // Left context "Friday at 3 p.m." is emitted separately by the date; the time takes the same day.
            if (TryCore(start - 2, false, out var before) && before.Granularity == TimeGranularity.Day)
            {
                date = before.Value;
            }
        }

        date ??= _anchor.Date is { } d ? TimeValues.Day(d) : "XXXX-XX-XX";
        m = Match.Of(start, dateEnd, TimexType.Time, date + TimeValues.Clock(hour, minute), TimeGranularity.Minute);
        m.Relative = true;
        return true;
    }

    private bool TryClockWord(int j, out Match m)
    {
        m = default;
        var hour = At(j).Value;

        // "at noon", "noon Saturday", "until midnight"; not "High Noon".
        if (!(Is(j - 1, "at") || Is(j - 1, "by") || Is(j - 1, "until") || Is(j - 1, "till") || Is(j - 1, "before") || Is(j - 1, "after")
            || Is(j - 1, "from") || Is(j - 1, "around") || Is(j - 1, "about") || At(j + 1).Kind is LexKind.Weekday or LexKind.Deictic or LexKind.Zone))
        {
            return false;
        }

        return TryTime(j, j + 1, hour == 24 ? 24 : 12, 0, out m);
    }
}
