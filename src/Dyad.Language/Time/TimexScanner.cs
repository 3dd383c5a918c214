using System.Buffers;
using Dyad.Core;
using Dyad.Language.Sentences;
using Dyad.Language.Tokens;
using NodaTime;
using static Dyad.Language.Time.TimeLexicon;

namespace Dyad.Language.Time;

/// <summary>
/// One tagging pass over a document: classifies each token once against the lexicon, then tries the expression
/// grammar only at tokens that can start one (a lexicon word or a number), longest match first.
/// </summary>
/// <remarks>
/// The grammar is a hand-written recogniser over token classes, not a regular expression over the text: most tokens are
/// rejected by one dictionary probe. Relative expressions resolve against the anchor (the publication date), or against
/// the last date the text itself stated (the reference) for anaphoric ones such as <c>the following day</c> or
/// <c>a year earlier</c>. Without an anchor they keep X placeholders or a <c>*_REF</c> value.
/// </remarks>
internal sealed class TimexScanner
{
    private static readonly System.Collections.Frozen.FrozenSet<string> FunctionWordSet = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "and", "or", "but", "if", "is", "was", "are", "were", "will", "would", "can", "could", "may", "might", "should", "must", "of", "for",
        "to", "in", "on", "at", "that", "which", "who", "when", "where", "as", "with", "by", "from", "than", "because", "unless", "while",
        "so", "it", "he", "she", "they", "we", "i", "you", "there", "be", "has", "have", "had", "not", "too", "too", "also", "again",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords =
        FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    // Day-position penalties of NearestYear, tuned on the TempEval-3 training split: a date after the anchor in
    // past-tense narration costs six months, one after the anchor with no tense cue three months.
    private const int PastPenalty = 6 * 31;
    private const int UnknownPenalty = 3 * 31;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<string>? _pos;
    private readonly LexEntry[] _lex;
    private readonly TimeAnchor _anchor;
    private readonly List<TimeExpression> _results = [];
    private int _first;
    private int _last;
    private LocalDate? _refDay;
    private int _refQuarterYear;
    private int _refQuarter;
    private int _refYear;

    public TimexScanner(string text, IReadOnlyList<Token> tokens, PartialDate? anchor, IReadOnlyList<string>? posTags)
    {
        _text = text;
        _tokens = tokens;
        _pos = posTags is not null && posTags.Count == tokens.Count ? posTags : null;
        _anchor = TimeAnchor.From(anchor);
        // One lexicon class per token, in a pooled buffer: the tagger allocates per expression found, not per token.
        _lex = ArrayPool<LexEntry>.Shared.Rent(Math.Max(1, tokens.Count));
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Span.End > text.Length)
            {
                _lex[i] = default;
                continue;
            }

            _lex[i] = t.Kind switch
            {
                TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic => Classify(text.AsSpan(t.Span.Start, t.Span.Length)),
                TokenKind.Number => ClassifyNumber(text.AsSpan(t.Span.Start, t.Span.Length)),
                _ => default,
            };
        }
    }

    public ReadOnlySpan<char> Word(int index)
    {
        var t = _tokens[index];
        return t.Span.End <= _text.Length ? _text.AsSpan(t.Span.Start, t.Span.Length) : [];
    }

    public string? Pos(int index) => _pos?[index];

    public int TokenCount => _tokens.Count;

    /// <summary>Hands the pooled token buffer back; the scanner is unusable afterwards.</summary>
    public void Release() => ArrayPool<LexEntry>.Shared.Return(_lex);

    public List<TimeExpression> Run(IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            _first = Math.Max(0, sentence.FirstToken);
            _last = Math.Min(_tokens.Count, sentence.FirstToken + sentence.TokenCount);
            var i = _first;
            while (i < _last)
            {
                if (_lex[i].IsNone)
                {
                    i++;
                    continue;
                }

                if (TryParse(i, out var m))
                {
                    Emit(m);
                    i = m.End;
                }
                else
                {
                    i++;
                }
            }
        }

        return _results;
    }

    private static LexEntry ClassifyNumber(ReadOnlySpan<char> s)
    {
        if (s.Length <= 4 && IsAllDigits(s))
        {
            return new LexEntry(LexKind.Digits, ParseDigits(s));
        }

        return s.Length <= 10 && s.IndexOfAny(':', '.', '-') >= 0 || s.IndexOf('/') >= 0 ? new LexEntry(LexKind.NumberOther) : default;
    }

    private void Emit(in Match m)
    {
        var start = _tokens[m.Start].Span.Start;
        var end = _tokens[m.End - 1].Span.End;
        var span = new TextSpan(start, end);
        _results.Add(new TimeExpression(span, m.Type, m.Value, m.Granularity, _text.Substring(start, end - start))
        {
            Modifier = m.Modifier,
            IsRelative = m.Relative,
        });

        if (m.Ago)
        {
            // "a year earlier", "the year-ago quarter" point back from the reference; they do not move it.
            return;
        }

        if (m.Type is TimexType.Date or TimexType.Time && m.Value.Length >= 10 && !m.Value.StartsWith('X')
            && TryParseDay(m.Value, out var day))
        {
            _refDay = day;
        }
        else if (m.Type == TimexType.Date && m.Granularity == TimeGranularity.Quarter && m.Value.Length == 7 && !m.Value.StartsWith('X'))
        {
            _refQuarterYear = ParseDigits(m.Value.AsSpan(0, 4));
            _refQuarter = m.Value[6] - '0';
        }

        if (m.Type == TimexType.Date && m.Value.Length >= 4 && IsAllDigits(m.Value.AsSpan(0, 4)) && m.Granularity <= TimeGranularity.Year)
        {
            _refYear = ParseDigits(m.Value.AsSpan(0, 4));
        }
    }

    private static bool TryParseDay(string value, out LocalDate day)
    {
        day = default;
        if (value.Length < 10 || !IsAllDigits(value.AsSpan(0, 4)) || value[4] != '-' || !IsAllDigits(value.AsSpan(5, 2)) || value[7] != '-'
            || !IsAllDigits(value.AsSpan(8, 2)))
        {
            return false;
        }

        var y = ParseDigits(value.AsSpan(0, 4));
        var mo = ParseDigits(value.AsSpan(5, 2));
        var d = ParseDigits(value.AsSpan(8, 2));
        if (y is < 2 or > 9997 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        day = new LocalDate(y, mo, d);
        return true;
    }

    private LexEntry At(int i) => i >= _first && i < _last ? _lex[i] : default;

    private LexKind KindAt(int i) => At(i).Kind;

    private bool Is(int i, string word) => i >= _first && i < _last && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsKind(int i, TokenKind kind) => i >= _first && i < _last && _tokens[i].Kind == kind;

    private bool Capitalised(int i)
    {
        var w = Word(i);
        return w.Length > 0 && char.IsUpper(w[0]);
    }

    private bool IsAllCaps(int i)
    {
        foreach (var c in Word(i))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private int Tense(int start, int end) => TenseCues.Around(this, start, end, _first, _last);

    private bool TryParse(int i, out Match match)
    {
        match = default;
        var start = i;
        var j = i;
        var mod = TimexModifier.None;
        var approx = false;
        var e = At(j);

        if (e.Kind == LexKind.Approx)
        {
            switch (e.Value)
            {
                case ApproxAbout:
                    mod = TimexModifier.Approx;
                    j++;
                    break;
                case ApproxNearly:
                    mod = TimexModifier.Approx;
                    j++;
                    break;
                case ApproxAlmost or ApproxUnder:
                    mod = TimexModifier.LessThan;
                    j++;
                    break;
                case ApproxOver:
                    mod = TimexModifier.MoreThan;
                    j++;
                    break;
                case ApproxMore or ApproxLess when Is(j + 1, "than"):
                    mod = e.Value == ApproxMore ? (Is(j - 1, "no") ? TimexModifier.EqualOrLess : TimexModifier.MoreThan) : TimexModifier.LessThan;
                    start = Is(j - 1, "no") ? j - 1 : j;
                    j += 2;
                    break;
                case ApproxLeast when Is(j - 1, "at"):
                    mod = TimexModifier.EqualOrMore;
                    start = j - 1;
                    j++;
                    break;
                default:
                    return false;
            }

            approx = true;
            e = At(j);
        }

        var the = false;
        var edge = false;
        if (e.Kind == LexKind.The)
        {
            the = true;
            j++;
            e = At(j);
        }

        // Edges: early/late/mid, "the end/beginning/middle of", "earlier/later this ...".
        if (e.Kind == LexKind.Edge && !approx)
        {
            if (e.Value is EdgeStart or EdgeMid or EdgeEnd && KindAt(j + 1) == LexKind.Of && the)
            {
                mod = EdgeModifier(e.Value);
                edge = true;
                j += 2;
            }
            else if (Is(j, "early") || Is(j, "late") || Is(j, "mid"))
            {
                mod = EdgeModifier(e.Value);
                edge = true;
                j++;
                if (Is(j, "-"))
                {
                    j++;
                }
            }
            else
            {
                return false;
            }

            e = At(j);
        }
        else if (e.Kind == LexKind.Shift && !approx && !the)
        {
            var next = At(j + 1);
            if ((next.Kind == LexKind.Relative && next.Value == RelThis) || next.Kind == LexKind.Weekday
                || (next.Kind == LexKind.Deictic && next.Value is Yesterday or Today or Tomorrow))
            {
                mod = e.Value < 0 ? TimexModifier.Start : TimexModifier.End;
                edge = true;
                j++;
            }
            else
            {
                return false;
            }
        }

        if (!TryCore(j, the, out var core))
        {
            return false;
        }

        // "about 10:35 a.m.", "around Nov. 1", "nearly two years ago"; never "around Wednesday's ruling".
        if (approx && core.Type != TimexType.Duration && !core.Ago
            && !(mod == TimexModifier.Approx && (core.Type == TimexType.Time || (core.Type == TimexType.Date && !core.Relative))))
        {
            return false;
        }

        if (core.Start > j)
        {
            return false;
        }

        // A leading "the" belongs to the expression only where TimeBank puts it (the third quarter, the past two years,
        // the end of 1990), not before a name or a number (the June 18 summit, the 1990 budget).
        var first = start;
        if (the && !core.TakesThe && !edge && !approx)
        {
            first = start + 1;
        }

        if (mod != TimexModifier.None && core.Modifier == TimexModifier.None)
        {
            core.Modifier = mod;
        }

        core.Start = Math.Min(first, core.Start);
        match = core;
        return true;
    }

    private static TimexModifier EdgeModifier(int edge) => edge switch
    {
        EdgeStart or EdgeEarlier => TimexModifier.Start,
        EdgeMid => TimexModifier.Mid,
        _ => TimexModifier.End,
    };

    private bool TryCore(int j, bool the, out Match m)
    {
        m = default;
        var e = At(j);
        if (e.Kind == LexKind.The && At(j + 1) is { Kind: LexKind.Unit, Value: 0 } inner && Is(j - 1, "of")
            && inner.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year)
        {
            // "the end of the year", "the middle of the month": the current one.
            return RelativeUnit(j, j + 1, RelThis, 0, inner.Unit, true, out m);
        }

        if (the && Is(j, "full") && At(j + 1) is { Kind: LexKind.Unit, Value: 0, Unit: TimeUnit.Year })
        {
            return RelativeUnit(j, j + 1, RelThis, 0, TimeUnit.Year, true, out m);
        }

        if (the && (Is(j, "near") || Is(j, "short") || Is(j, "long")) && Is(j + 1, "term"))
        {
            m = Ref(j, j + 2, "FUTURE_REF");
            return true;
        }

        if (Is(j, "these") && At(j + 1) is { Kind: LexKind.Unit, Unit: TimeUnit.Day, Value: 1 })
        {
            m = Ref(j, j + 2, "PRESENT_REF");
            return true;
        }

        switch (e.Kind)
        {
            case LexKind.Digits or LexKind.NumberWord or LexKind.Article or LexKind.Quantity or LexKind.NumberOther:
                return TryNumber(j, the, out m);
            case LexKind.Month:
                return TryMonth(j, out m);
            case LexKind.Weekday:
                return TryWeekday(j, out m);
            case LexKind.Deictic:
                return TryDeictic(j, the, out m);
            case LexKind.Relative:
                return TryRelative(j, the, out m);
            case LexKind.Unit:
                return TryBareUnit(j, the, out m);
            case LexKind.Ordinal:
                return TryOrdinal(j, out m);
            case LexKind.CompoundDuration:
                m = Match.Of(j, j + 1, TimexType.Duration, TimeValues.Duration(e.Value, e.Unit), TimeValues.GranularityOf(e.Unit));
                return true;
            case LexKind.CompoundQuarter:
                return TryQuarter(j, j + 1, e.Value, out m);
            case LexKind.CompoundHalf:
                return TryHalf(j, j + 1, e.Value, out m);
            case LexKind.YearAgo:
                return TryYearAgo(j, out m);
            case LexKind.YearEnd:
                m = Match.Of(j, j + 1, TimexType.Date, TimeValues.Shift(_anchor, TimeUnit.Year, 0), TimeGranularity.Year, takesThe: true);
                m.Modifier = TimexModifier.End;
                m.Relative = true;
                return true;
            case LexKind.Decade when !(Is(j - 1, "his") || Is(j - 1, "her") || Is(j - 1, "their") || Is(j - 1, "my") || Is(j - 1, "our")
                || Is(j - 1, "your") || Is(j - 1, "its")):
                m = Match.Of(j, j + 1, TimexType.Date, TimeValues.Decade(e.Value), TimeGranularity.Decade, takesThe: true);
                if (e.Mid)
                {
                    m.Modifier = TimexModifier.Mid;
                }

                return true;
            case LexKind.DecadeWord when the:
                m = Match.Of(j, j + 1, TimexType.Date, TimeValues.Decade(e.Value), TimeGranularity.Decade, takesThe: true);
                return true;
            case LexKind.Season:
                return TrySeason(j, 0, out m);
            case LexKind.SetWord when !e.Weak:
                m = Match.Of(j, j + 1, TimexType.Set, TimeValues.Duration(1, e.Unit), TimeValues.GranularityOf(e.Unit));
                return true;
            case LexKind.Every:
                return TryEvery(j, out m);
            case LexKind.Fiscal:
                return TryFiscal(j, out m);
            case LexKind.Holiday:
                return TryHoliday(j, out m);
            case LexKind.Noon:
                return TryClockWord(j, out m);
            default:
                return false;
        }
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

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

        if (unit is TimeUnit.Weekend or TimeUnit.Half || Is(end2, "old") || (unit == TimeUnit.Quarter && quantity == 1 && Is(end2, "of")) || IsRate(j))
        {
            // Not durations: "52 years old" (an age), "a half", "a quarter of the market", "$2 million a year" (a rate).
            return false;
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

        // "$2 million a year", "four flights a week", "24 hours a day": a rate, not a stretch of time.
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
        else if (unit is TimeUnit.Year && quantity == 1 && _refQuarterYear > 0)
        {
            // "a year earlier" in a quarterly report: the same quarter a year before the one under discussion.
            value = TimeValues.Quarter(_refQuarterYear - 1, _refQuarter);
            gran = TimeGranularity.Quarter;
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
        if (colon is 1 or 2 && s.Length is >= 4 and <= 8 && IsAllDigits(s[..colon]) && IsAllDigits(s.Slice(colon + 1, 2)))
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
        if (hour == 24)
        {
            hour = 0;
        }

        if (KindAt(end) == LexKind.Zone)
        {
            end++;
        }

        string? date = null;
        var dateEnd = end;
        var probe = Is(end, ",") ? end + 1 : end;
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

    // ---- months and days -----------------------------------------------------------------------------------------

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

        var month = e.Value;
        var k = j + 1;
        var next = At(k);
        int? day = null;
        if ((next.Kind == LexKind.Digits && _tokens[k].Span.Length <= 2 && next.Value is >= 1 and <= 31) || (next.Kind == LexKind.Ordinal && next.Value <= 31))
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

    private string ResolveMonth(int month, int at)
    {
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

        if (_anchor.Year is not int ay)
        {
            m = Match.Of(start, end, TimexType.Date, TimeValues.MonthDayUnknownYear(month, day), TimeGranularity.Day);
            m.Relative = true;
            return true;
        }

        if (_anchor.Month is int am)
        {
            ay = NearestYear(ay, (am * 31) + (_anchor.Date?.Day ?? 15), (month * 31) + day, Tense(start, end), 3);
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

    // ---- deixis and relative periods -----------------------------------------------------------------------------

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
        if (rel is RelPast or RelLast or RelNext or RelComing or RelFollowing or RelPrevious or RelLatest
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
            case LexKind.Unit when next.Value == 1 && rel is RelComing or RelNext && !the || (rel == RelComing && next.Value == 1):
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
            case RelPrevious or RelFollowing when _refDay is { } r && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year:
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
        int? year = null;
        if (Is(end, "of") && At(end + 1) is { Kind: LexKind.Digits, Value: >= 1000 and <= 2199 } y)
        {
            year = y.Value;
            end += 2;
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

        if (_refQuarterYear > 0)
        {
            m = Match.Of(j, end, TimexType.Date, TimeValues.Quarter(_refQuarterYear - 1, quarter), TimeGranularity.Quarter, takesThe: true);
        }
        else
        {
            m = Match.Of(j, end, TimexType.Date, TimeValues.Shift(_anchor, TimeUnit.Year, -1), TimeGranularity.Year, takesThe: true);
        }

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

    /// <summary>A candidate expression over tokens [Start, End).</summary>
    private struct Match
    {
        public int Start;
        public int End;
        public TimexType Type;
        public string Value;
        public TimeGranularity Granularity;
        public TimexModifier Modifier;
        public bool Relative;
        public bool TakesThe;
        public bool Ago;

        public static Match Of(int start, int end, TimexType type, string value, TimeGranularity granularity, bool takesThe = false) => new()
        {
            Start = start,
            End = end,
            Type = type,
            Value = value,
            Granularity = granularity,
            TakesThe = takesThe,
        };
    }
}
