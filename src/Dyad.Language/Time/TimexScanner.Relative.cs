using Dyad.Core;
using Dyad.Language.Tokens;
using NodaTime;
using static Dyad.Language.Time.TimeLexicon;

namespace Dyad.Language.Time;

/// <content>Deixis (now, yesterday), relative periods (last week, the past two years), quarters, seasons, sets and holidays.</content>
internal sealed partial class TimexScanner
{
    private bool TryDeictic(int j, bool the, out Match m)
    {
        m = default;
        var e = At(j);
        switch (e.Value)
        {
            case Now:
                m = Ref(Is(j - 1, "right") ? j - 1 : j, j + 1, "PRESENT_REF");
                return true;
            case Currently or Nowadays:
                m = Ref(j, j + 1, "PRESENT_REF");
                return true;
            case Present when the || Is(j - 1, "at"):
                m = Ref(the ? j - 1 : j, j + 1, "PRESENT_REF");
                return !IsNounAfter(j + 1);
            case Recently or Previously:
                m = Ref(Is(j - 1, "more") || Is(j - 1, "most") || Is(j - 1, "until") ? j - 1 : j, j + 1, "PAST_REF");
                m.TakesThe = false;
                return true;
            case Recent:
                if (At(j + 1) is { Kind: LexKind.Unit, Value: 1 } recentUnit)
                {
                    // "in recent weeks": an unspecified stretch up to now.
                    m = Match.Of(the ? j - 1 : j, j + 2, TimexType.Duration, TimeValues.Duration(-1, recentUnit.Unit), TimeValues.GranularityOf(recentUnit.Unit));
                    return true;
                }

                // "the recent closing", "a recent SEC filing": TimeBank reads the adjective as the past.
                m = Ref(j, j + 1, "PAST_REF");
                m.TakesThe = false;
                return !Is(j - 1, "most") && !Is(j - 1, "more");
            case Soon:
                if (Is(j - 1, "as") || Is(j + 1, "after") || Is(j + 1, "as"))
                {
                    return false;
                }

                m = Ref(j, j + 1, "FUTURE_REF");
                return true;
            case Future:
                {
                    var s = j;
                    if (Is(s - 1, "near") || Is(s - 1, "distant") || Is(s - 1, "foreseeable"))
                    {
                        s--;
                    }

                    var determiner = Is(s - 1, "the");
                    if (determiner)
                    {
                        s--;
                    }

                    if ((determiner || the) && IsNounAfter(j + 1))
                    {
                        return false;
                    }

                    if (!determiner && !the)
                    {
                        return false;
                    }

                    m = Ref(s, j + 1, "FUTURE_REF");
                    return true;
                }

            case Today when Is(j + 1, "'s") && !(At(j + 2).Kind is LexKind.Unit or LexKind.PartOfDay):
                // "today's youth", "today's world": the present age, not the day.
                return false;
            case Today or Yesterday or Tomorrow or Tonight:
                {
                    var offset = e.Value == Yesterday ? -1 : e.Value == Tomorrow ? 1 : 0;
                    string value;
                    if (_anchor.Date is { } d)
                    {
                        value = TimeValues.Day(d.PlusDays(offset));
                    }
                    else
                    {
                        value = e.Value is Today or Tonight ? "PRESENT_REF" : "XXXX-XX-XX";
                    }

                    m = Match.Of(j, j + 1, TimexType.Date, value, value == "PRESENT_REF" ? TimeGranularity.Unspecified : TimeGranularity.Day);
                    m.Relative = true;
                    if (e.Value == Tonight)
                    {
                        m.Type = TimexType.Time;
                        if (_anchor.Date is not null)
                        {
                            m.Value += "TNI";
                            m.Granularity = TimeGranularity.PartOfDay;
                        }

                        return true;
                    }

                    return _anchor.Date is null || WithPartOfDay(ref m);
                }

            default:
                return false;
        }
    }

    private bool IsNounAfter(int i)
    {
        // "the future president", "present tense": an adjective before a content word, not a time.
        if (i >= _last || _tokens[i].Kind != TokenKind.Word || !At(i).IsNone)
        {
            return false;
        }

        if (Pos(i) is { } tag)
        {
            return tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal);
        }

        var w = Word(i);
        return char.IsAsciiLetterLower(w[0]) && !FunctionWords.Contains(w);
    }

    private static Match Ref(int start, int end, string value)
    {
        var m = Match.Of(start, end, TimexType.Date, value, TimeGranularity.Unspecified, takesThe: true);
        m.Relative = true;
        return m;
    }

    private bool TryRelative(int j, bool the, out Match m)
    {
        m = default;
        var rel = At(j).Value;
        var k = j + 1;

        // "this past spring", "this coming Sunday"
        if (rel == RelThis && At(k) is { Kind: LexKind.Relative, Value: RelPast or RelComing } inner)
        {
            rel = inner.Value == RelPast ? RelLast : RelNext;
            k++;
        }

        // "this moment", "this crucial moment": the present.
        if (rel == RelThis && (Is(k, "moment") || (Is(k + 1, "moment") && At(k).IsNone && char.IsAsciiLetterLower(Word(k)[0]))))
        {
            m = Ref(j, Is(k, "moment") ? k + 1 : k + 2, "PRESENT_REF");
            return true;
        }

        // "that same day"
        if (rel == RelThat && At(k) is { Kind: LexKind.Relative, Value: RelSame })
        {
            k++;
        }

        var next = At(k);

        // "the past two years", "the next few days", "the last 18 months": durations.
        // ("will last two days" is the verb: only "the last two days", "over the past two years", a sentence-initial "Last".)
        if (rel is RelPast or RelLast or RelNext or RelComing or RelFollowing or RelPrevious or RelLatest
            && (the || rel is not (RelLast or RelPast) || j == _first || Is(j - 1, "over") || Is(j - 1, "in") || Is(j - 1, "during")
                || Is(j - 1, "for") || Is(j - 1, "within") || Is(j - 1, "these"))
            && next.Kind is LexKind.Digits or LexKind.NumberWord or LexKind.Quantity
            && TryQuantity(k, out var quantity, out var uk) && At(uk) is { Kind: LexKind.Unit } qu && qu.Unit != TimeUnit.Weekend)
        {
            m = Match.Of(j, uk + 1, TimexType.Duration, TimeValues.Duration(quantity, qu.Unit), TimeValues.GranularityOf(qu.Unit), takesThe: true);
            return true;
        }

        // "the last half of 1989" is its second half, not the half before this one.
        if (rel is RelLast && next is { Kind: LexKind.Unit, Unit: TimeUnit.Half, Value: 0 } && the)
        {
            return TryHalf(j, k + 1, 2, out m);
        }

        var dir = rel switch
        {
            RelLast or RelPrevious => -1,
            RelNext or RelComing or RelFollowing => 1,
            _ => 0,
        };

        switch (next.Kind)
        {
            case LexKind.Unit when next.Value == 0 || next.Unit == TimeUnit.Weekend:
                return RelativeUnit(j, k, rel, dir, next.Unit, the, out m);
            case LexKind.None when rel == RelLatest && Is(k, "period"):
                return RelativeUnit(j, k, rel, dir, TimeUnit.Quarter, the, out m);
            case LexKind.Unit when next.Value == 1 && (rel == RelComing || (rel == RelNext && !the)):
                // "in coming weeks", "the coming months": an unspecified stretch ahead.
                m = Match.Of(j, k + 1, TimexType.Duration, TimeValues.Duration(-1, next.Unit), TimeValues.GranularityOf(next.Unit), takesThe: true);
                return true;
            case LexKind.Fiscal when At(k + 1) is { Kind: LexKind.Unit, Value: 0 } fu:
                return RelativeUnit(j, k + 1, rel, dir, fu.Unit, the, out m);
            case LexKind.Month when rel is RelLast or RelNext or RelComing && TryMonth(k, out var dated) && dated.Granularity == TimeGranularity.Day:
                // "last Oct. 23": the date itself, the nearest one in the direction named.
                m = dated;
                m.Start = j;
                if (_anchor.Date is { } ad && m.Value.Length == 10 && TryParseDay(m.Value, out var named))
                {
                    if (rel == RelLast && named > ad)
                    {
                        m.Value = TimeValues.Day(named.PlusYears(-1));
                    }
                    else if (rel != RelLast && named < ad)
                    {
                        m.Value = TimeValues.Day(named.PlusYears(1));
                    }
                }

                return true;
            case LexKind.Month when rel is RelThis or RelLast or RelNext or RelComing or RelPast && Capitalised(k):
                {
                    if (_anchor.Year is not int y || _anchor.Month is not int am)
                    {
                        m = Match.Of(j, k + 1, TimexType.Date, TimeValues.MonthUnknownYear(next.Value), TimeGranularity.Month);
                    }
                    else
                    {
                        if (dir < 0 && next.Value >= am)
                        {
                            y--;
                        }
                        else if (dir > 0 && next.Value <= am)
                        {
                            y++;
                        }

                        m = Match.Of(j, k + 1, TimexType.Date, TimeValues.Month(y, next.Value), TimeGranularity.Month);
                    }

                    m.Relative = true;
                    return true;
                }

            case LexKind.Weekday when rel is RelThis or RelLast or RelNext or RelComing or RelPast or RelPrevious or RelFollowing:
                {
                    string value;
                    if (rel is RelPrevious or RelFollowing && _refDay is { } r)
                    {
                        var delta = rel == RelPrevious ? -((((int)r.DayOfWeek - next.Value) + 7) % 7) : ((next.Value - (int)r.DayOfWeek) + 7) % 7;
                        value = TimeValues.Day(r.PlusDays(delta == 0 ? (rel == RelPrevious ? -7 : 7) : delta));
                    }
                    else
                    {
                        value = ResolveWeekday(next.Value, rel == RelThis ? 0 : dir, k);
                    }

                    m = Match.Of(j, k + 1, TimexType.Date, value, TimeGranularity.Day, takesThe: true);
                    m.Relative = true;
                    return WithPartOfDay(ref m);
                }

            case LexKind.Season when rel is RelThis or RelLast or RelNext or RelComing or RelPast:
                return TrySeason(k, dir, out m, j);
            case LexKind.PartOfDay when rel is RelThis or RelLast:
                {
                    var offset = rel == RelLast && next.Value == 4 ? -1 : 0;
                    if (rel == RelLast && next.Value != 4)
                    {
                        return false;
                    }

                    var day = _anchor.Date is { } d ? TimeValues.Day(d.PlusDays(offset)) : "XXXX-XX-XX";
                    m = Match.Of(j, k + 1, TimexType.Time, day + "T" + TimeValues.PartOfDayCodes[next.Value], TimeGranularity.PartOfDay);
                    m.Relative = true;
                    return true;
                }

            case LexKind.Ordinal when At(k + 1) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter, Value: 0 } && rel is RelThis or RelLast or RelNext:
                return false;
            default:
                if (rel == RelPast && the && next.Kind is not LexKind.Unit)
                {
                    m = Ref(j - 1, j + 1, "PAST_REF");
                    return !IsNounAfter(j + 1) || next.Kind == LexKind.None;
                }

                return false;
        }
    }

    private bool RelativeUnit(int j, int k, int rel, int dir, TimeUnit unit, bool the, out Match m)
    {
        m = default;
        var end = k + 1;
        var gran = TimeValues.GranularityOf(unit);
        string value;
        switch (rel)
        {
            case RelPast:
                // "the past year", "past week": the stretch of time up to now.
                if (unit is TimeUnit.Weekend)
                {
                    return false;
                }

                m = Match.Of(j, end, TimexType.Duration, TimeValues.Duration(1, unit), gran, takesThe: true);
                return true;
            case RelThat or RelSame:
                if (unit == TimeUnit.Day && _refDay is { } rd)
                {
                    value = TimeValues.Day(rd);
                }
                else if (unit == TimeUnit.Year && _refYear > 0)
                {
                    value = TimeValues.Year(_refYear);
                }
                else if (unit == TimeUnit.Quarter && _refQuarterYear > 0)
                {
                    value = TimeValues.Quarter(_refQuarterYear, _refQuarter);
                }
                else
                {
                    return false;
                }

                break;
            case RelPrevious or RelFollowing or RelNext when (rel != RelNext || (the && unit == TimeUnit.Day)) && _refDay is { } r
                && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year:
                // "the following week", "the next day": after the last day the text stated.
                value = TimeValues.Shift(TimeAnchor.FromDate(r), unit, dir);
                break;
            case RelLatest when unit == TimeUnit.Quarter:
                value = _refQuarterYear > 0 ? TimeValues.Quarter(_refQuarterYear, _refQuarter) : TimeValues.Shift(_anchor, unit, -1);
                break;
            case RelLatest:
                value = TimeValues.Shift(_anchor, unit, unit == TimeUnit.Year ? -1 : 0);
                break;
            default:
                if (unit == TimeUnit.Day && rel is RelThis or RelCurrent)
                {
                    return false;
                }

                value = TimeValues.Shift(_anchor, unit, dir);
                break;
        }

        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            return false;
        }

        m = Match.Of(j, end, TimexType.Date, value, gran, takesThe: true);
        m.Relative = true;

        // "last year's third quarter", "next year's first quarter"
        if (unit == TimeUnit.Year && Is(end, "'s") && At(end + 1) is { Kind: LexKind.Ordinal, Value: >= 1 and <= 4 } o
            && At(end + 2) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter, Value: 0 } && value.Length == 4 && value[0] != 'X')
        {
            m.End = end + 3;
            m.Value = TimeValues.Quarter(ParseDigits(value.AsSpan()), o.Value);
            m.Granularity = TimeGranularity.Quarter;
        }

        return true;
    }

    private bool TryBareUnit(int j, bool the, out Match m)
    {
        m = default;
        var e = At(j);
        if (e is { Unit: TimeUnit.Year, Value: 0 } && (Is(j + 1, "end") || (Is(j + 1, "'s") && Is(j + 2, "end"))))
        {
            // "by year end", "before year's end": the end of the anchor's year.
            m = Match.Of(j, Is(j + 1, "end") ? j + 2 : j + 3, TimexType.Date, TimeValues.Shift(_anchor, TimeUnit.Year, 0), TimeGranularity.Year, takesThe: true);
            m.Modifier = TimexModifier.End;
            m.Relative = true;
            return true;
        }
        if (!the && e.Value == 1 && e.Unit is >= TimeUnit.Day and not TimeUnit.Weekend and not TimeUnit.Half
            && (Is(j - 1, "for") || Is(j - 1, "within") || Is(j - 1, "in") || Is(j - 1, "take") || Is(j - 1, "takes") || Is(j - 1, "took"))
            && !Is(j + 1, "of") && KindAt(j + 1) != LexKind.Ago)
        {
            // "for years", "within weeks": an unspecified number of units.
            m = Match.Of(j, j + 1, TimexType.Duration, TimeValues.Duration(-1, e.Unit), TimeValues.GranularityOf(e.Unit));
            return true;
        }

        if (!the || e.Value != 0)
        {
            return false;
        }

        switch (e.Unit)
        {
            case TimeUnit.Year when At(j + 1) is { Kind: LexKind.NumberWord, Value: 2 } && At(j + 2) is { Kind: LexKind.NumberWord, Value: 1000 }:
                // "the year two thousand"
                m = Match.Of(j, j + 3, TimexType.Date, "2000", TimeGranularity.Year, takesThe: true);
                return true;
            case TimeUnit.Year when Is(j + 1, "ended") || Is(j + 1, "ending"):
                // "the year ended June 30": a fiscal year, a stretch of time.
                m = Match.Of(j, j + 1, TimexType.Duration, "P1Y", TimeGranularity.Year, takesThe: true);
                return true;
            case TimeUnit.Year when j + 1 >= _last || _tokens[j + 1].Kind is TokenKind.Punctuation or TokenKind.Terminal:
                // "For the year, volume was flat": the year the report is about, the anchor's.
                return RelativeUnit(j, j, RelThis, 0, TimeUnit.Year, the, out m);
            case TimeUnit.Day when Is(j + 1, "before") || Is(j + 1, "after"):
                {
                    // "the day before", "the day after": next to the last day the text stated, else to the anchor. When
                    // an event follows ("the day before the election"), the day hangs on the event: unknown.
                    var shift = Is(j + 1, "before") ? -1 : 1;
                    var standsAlone = j + 2 >= _last || _tokens[j + 2].Kind is TokenKind.Punctuation or TokenKind.Terminal || Is(j + 2, "and") || Is(j + 2, "or");
                    var basis = _refDay is { } r ? TimeAnchor.FromDate(r) : _anchor;
                    var end = j + 2;
                    string value;
                    if (standsAlone)
                    {
                        value = TimeValues.Shift(basis, TimeUnit.Day, shift);
                    }
                    else if (!At(j + 2).IsNone && TryCore(j + 2, false, out var named) && named.Granularity == TimeGranularity.Day
                        && TryParseDay(named.Value, out var namedDay))
                    {
                        // "the day before last Tuesday's hearing": a day from the day named.
                        value = TimeValues.Shift(TimeAnchor.FromDate(namedDay), TimeUnit.Day, shift);
                        end = named.End;
                    }
                    else if (Is(j - 2, ",") && _refDay is { } apposed && _results.Count > 0 && _results[^1].Span.End == _tokens[j - 2].Span.Start)
                    {
                        // "Oct. 12, the day before the plunge": an apposition naming the same day.
                        value = TimeValues.Day(apposed);
                    }
                    else
                    {
                        value = TimeValues.Unknown(TimeUnit.Day);
                    }

                    m = Match.Of(j, end, TimexType.Date, value, TimeGranularity.Day, takesThe: true);
                    m.Relative = true;
                    m.Ago = true;
                    return true;
                }

            case TimeUnit.Weekend:
                {
                    var tense = Tense(j, j + 1);
                    var value = _anchor.Date is { } d
                        ? TimeValues.Week(tense > 0 || d.DayOfWeek >= IsoDayOfWeek.Saturday ? d : d.PlusWeeks(-1)) + "-WE"
                        : "XXXX-WXX-WE";
                    m = Match.Of(j, j + 1, TimexType.Date, value, TimeGranularity.Week, takesThe: true);
                    m.Relative = true;
                    return true;
                }

            case TimeUnit.Quarter when !Is(j + 1, "of") && !Is(j + 1, "century"):
                {
                    var value = _refQuarterYear > 0 ? TimeValues.Quarter(_refQuarterYear, _refQuarter) : TimeValues.Shift(_anchor, TimeUnit.Quarter, -1);
                    m = Match.Of(j, j + 1, TimexType.Date, value, TimeGranularity.Quarter, takesThe: true);
                    m.Relative = true;
                    return true;
                }

            default:
                return false;
        }
    }

    private bool TryOrdinal(int j, out Match m)
    {
        m = default;
        var o = At(j).Value;
        var next = At(j + 1);
        if (next.Kind == LexKind.Unit && next.Value == 0)
        {
            switch (next.Unit)
            {
                case TimeUnit.Quarter when o is >= 1 and <= 4:
                    return TryQuarter(j, j + 2, o, out m);
                case TimeUnit.Half when o is >= 1 and <= 2:
                    return TryHalf(j, j + 2, o, out m);
                case TimeUnit.Century when o is >= 1 and <= 30:
                    m = Match.Of(j, j + 2, TimexType.Date, TimeValues.Century(o - 1), TimeGranularity.Century, takesThe: true);
                    return true;
                default:
                    return false;
            }
        }

        // "the first nine months": a duration.
        if (o == 1 && TryQuantity(j + 1, out var quantity, out var uk) && At(uk) is { Kind: LexKind.Unit, Value: 1 } u)
        {
            m = Match.Of(j, uk + 1, TimexType.Duration, TimeValues.Duration(quantity, u.Unit), TimeValues.GranularityOf(u.Unit), takesThe: true);
            return true;
        }

        return false;
    }

    private bool TryQuarter(int start, int end, int quarter, out Match m)
    {
        int? year = null;
        if (Is(end, "of") && At(end + 1) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y)
        {
            year = y.Value;
            end += 2;
        }
        else if (Is(start - 1, "'s") && start - 2 >= _first && At(start - 2) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } py)
        {
            year = py.Value;
        }

        if (year is null && _anchor.Year is int ay)
        {
            // A quarter still ahead in the anchor year is last year's unless the sentence looks forward.
            var aq = _anchor.Month is int am ? ((am - 1) / 3) + 1 : 4;
            year = quarter > aq && Tense(start, end) <= 0 ? ay - 1 : ay;
        }

        var value = year is int yy ? TimeValues.Quarter(yy, quarter) : "XXXX-Q" + (char)('0' + quarter);
        m = Match.Of(start, end, TimexType.Date, value, TimeGranularity.Quarter, takesThe: true);
        m.Relative = year is null || end == start + 1 || end == start + 2;
        return true;
    }

    private bool TryHalf(int start, int end, int half, out Match m)
    {
        m = default;
        int? year = null;
        if (Is(end, "of") && At(end + 1) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y)
        {
            year = y.Value;
            end += 2;
        }
        else if (Is(end, "of") && !(KindAt(end + 1) == LexKind.The && At(end + 2) is { Unit: TimeUnit.Year }))
        {
            // "the first half of the count", "of the match": not a half year.
            return false;
        }

        year ??= _anchor.Year;
        var value = year is int yy ? TimeValues.Half(yy, half) : "XXXX-H" + (char)('0' + half);
        m = Match.Of(start, end, TimexType.Date, value, TimeGranularity.Half, takesThe: true);
        m.Relative = true;
        return true;
    }

    private bool TryYearAgo(int j, out Match m)
    {
        var end = j + 1;
        var quarter = _refQuarter;
        if (At(end) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter, Value: 0 } || Is(end, "period"))
        {
            end++;
        }
        else if (At(end) is { Kind: LexKind.Ordinal, Value: >= 1 and <= 4 } o && At(end + 1) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter })
        {
            quarter = o.Value;
            end += 2;
        }
        else if (At(end).Kind == LexKind.CompoundQuarter)
        {
            quarter = At(end).Value;
            end++;
        }

        var (value, granularity) = end > j + 1 && _refQuarterYear > 0 ? (TimeValues.Quarter(_refQuarterYear - 1, quarter), TimeGranularity.Quarter) : YearBefore(quarter);
        m = Match.Of(j, end, TimexType.Date, value, granularity, takesThe: true);

        m.Relative = true;
        m.Ago = true;
        return true;
    }

    private bool TrySeason(int j, int dir, out Match m, int start = -1)
    {
        m = default;
        var e = At(j);
        start = start < 0 ? j : start;
        if (start == j && j > _first && Capitalised(j) && !IsAllCaps(j) && !Is(j - 1, "\""))
        {
            // "Spring of Life": a capitalised season inside a sentence is a name.
            return false;
        }

        if (IsNameLike(j) || (Is(j + 1, "of") && At(j + 2).Kind != LexKind.Digits && _tokens[Math.Min(j + 2, _last - 1)].Kind == TokenKind.Word
            && Capitalised(Math.Min(j + 2, _last - 1))))
        {
            // "Summer Zervos", "the fall of Aleppo": a name or an event, not a season.
            return false;
        }

        if (e.Weak && start == j && !(Is(j - 1, "the") || Is(j - 1, "in") || Is(j - 1, "early") || Is(j - 1, "late") || Is(j - 1, "this")))
        {
            return false;
        }

        var end = j + 1;
        int? year = null;
        var yk = Is(end, "of") ? end + 1 : end;
        if (At(yk) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y)
        {
            year = y.Value;
            end = yk + 1;
        }
        else if (_anchor.Year is int ay)
        {
            // Seasons run spring, summer, fall, winter; January and February belong to the winter that began the year before.
            var current = _anchor.Month is int am ? (am is 12 or 1 or 2 ? 4 : ((am - 3) / 3) + 1) : 0;
            var seasonYear = _anchor.Month is 1 or 2 ? ay - 1 : ay;
            year = seasonYear;
            if (dir < 0 && current != 0 && e.Value >= current)
            {
                year = seasonYear - 1;
            }
            else if (dir > 0 && current != 0 && e.Value <= current)
            {
                year = seasonYear + 1;
            }
            else if (dir == 0 && start == j && current != 0 && e.Value > current && Tense(j, j + 1) < 0)
            {
                year = seasonYear - 1;
            }
        }

        var value = year is int yy ? TimeValues.Season(yy, e.Value) : "XXXX-" + TimeValues.SeasonCodes[e.Value];
        m = Match.Of(start, end, TimexType.Date, value, TimeGranularity.Season, takesThe: true);
        m.Relative = year is null || end == j + 1;
        if (e.Mid)
        {
            m.Modifier = TimexModifier.Mid;
        }

        return true;
    }

    private bool TryEvery(int j, out Match m)
    {
        m = default;
        var k = j + 1;
        var next = At(k);
        switch (next.Kind)
        {
            case LexKind.Unit when next.Value == 0:
                m = Match.Of(j, k + 1, TimexType.Set, TimeValues.Duration(1, next.Unit), TimeValues.GranularityOf(next.Unit));
                return true;
            case LexKind.Weekday:
                m = Match.Of(j, k + 1, TimexType.Set, TimeValues.WeekdayUnknown(next.Value), TimeGranularity.Day);
                return true;
            case LexKind.Month when Capitalised(k):
                m = Match.Of(j, k + 1, TimexType.Set, TimeValues.MonthUnknownYear(next.Value), TimeGranularity.Month);
                return true;
            case LexKind.PartOfDay:
                m = Match.Of(j, k + 1, TimexType.Set, "XXXX-XX-XXT" + TimeValues.PartOfDayCodes[next.Value], TimeGranularity.PartOfDay);
                return true;
            case LexKind.Digits or LexKind.NumberWord or LexKind.Ordinal:
                if (TryQuantity(k, out var q, out var uk) && At(uk) is { Kind: LexKind.Unit } u)
                {
                    m = Match.Of(j, uk + 1, TimexType.Set, TimeValues.Duration(q, u.Unit), TimeValues.GranularityOf(u.Unit));
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private bool TryFiscal(int j, out Match m)
    {
        m = default;
        var next = At(j + 1);
        if (next is { Kind: LexKind.Unit, Unit: TimeUnit.Year, Value: 0 } && Is(j - 1, "the"))
        {
            if (Is(j + 2, "ended") || Is(j + 2, "ending"))
            {
                m = Match.Of(j, j + 2, TimexType.Duration, "P1Y", TimeGranularity.Year, takesThe: true);
                return true;
            }

            return RelativeUnit(j, j + 1, RelThis, 0, TimeUnit.Year, true, out m);
        }

        if (next.Kind == LexKind.Digits && next.Value is >= 1000 and <= 2199)
        {
            if (TryYear(j + 1, next.Value, false, out m, j))
            {
                return true;
            }

            return false;
        }

        if (next.Kind == LexKind.Ordinal && At(j + 2) is { Kind: LexKind.Unit, Unit: TimeUnit.Quarter, Value: 0 } && next.Value is >= 1 and <= 4)
        {
            return TryQuarter(j, j + 3, next.Value, out m);
        }

        if (next.Kind == LexKind.CompoundQuarter)
        {
            return TryQuarter(j, j + 2, next.Value, out m);
        }

        return false;
    }

    private bool TryHoliday(int j, out Match m)
    {
        m = default;
        if (!Capitalised(j))
        {
            return false;
        }

        if (IsNameLike(j) && !Is(j + 1, "Day") && !Is(j + 1, "Eve"))
        {
            // "Christmas Island"
            return false;
        }

        var code = At(j).Value;
        var end = Is(j + 1, "Day") || Is(j + 1, "Eve") ? j + 2 : j + 1;
        var eve = Is(j + 1, "Eve");
        int? year = null;
        if (At(end) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y)
        {
            year = y.Value;
            end++;
        }
        else if (_anchor.Year is int ay)
        {
            var month = code == 1100 ? 11 : code / 100;
            var day = code == 1100 ? 25 : code % 100;
            var tense = Is(j - 1, "last") ? -1 : Is(j - 1, "next") ? 1 : Tense(j, end);
            year = _anchor.Month is int am ? NearestYear(ay, (am * 31) + (_anchor.Date?.Day ?? 15), (month * 31) + day, tense, 3) : ay;
            if (Is(j - 1, "last") || Is(j - 1, "next"))
            {
                j--;
            }
        }

        if (year is not int yy)
        {
            m = Match.Of(j, end, TimexType.Date, code == 1100 ? "XXXX-11-XX" : TimeValues.MonthDayUnknownYear(code / 100, code % 100), TimeGranularity.Day);
            return true;
        }

        LocalDate date;
        if (code == 1100)
        {
            // Thanksgiving (United States): the fourth Thursday of November.
            var first = new LocalDate(yy, 11, 1);
            var offset = ((int)IsoDayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
            date = first.PlusDays(offset + 21);
        }
        else
        {
            date = new LocalDate(yy, code / 100, code % 100);
        }

        if (eve)
        {
            date = date.PlusDays(-1);
        }

        m = Match.Of(j, end, TimexType.Date, TimeValues.Day(date), TimeGranularity.Day);
        m.Relative = true;
        return true;
    }
}
