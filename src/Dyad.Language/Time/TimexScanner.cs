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
internal sealed partial class TimexScanner
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
    private LocalDate? _sentenceDay;
    private int _sentenceYear;
    private bool _sentenceMonths;

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
            _sentenceDay = null;
            _sentenceYear = 0;
            _sentenceMonths = false;
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
        if (end <= start || end > _text.Length || (_results.Count > 0 && start < _results[^1].Span.End))
        {
            // Tokens that do not belong to this text, or out of order: never emit a span outside it or overlapping.
            return;
        }

        var span = new TextSpan(start, end);
        _results.Add(new TimeExpression(span, m.Type, m.Value, m.Granularity, _text.Substring(start, end - start))
        {
            Modifier = m.Modifier,
            IsRelative = m.Relative,
        });

        if (m.Type == TimexType.Duration && m.Granularity == TimeGranularity.Month)
        {
            _sentenceMonths = true;
        }

        if (!m.Relative && m.Type is TimexType.Date && m.Value.Length >= 4 && IsAllDigits(m.Value.AsSpan(0, 4)))
        {
            // Without an anchor, a year the sentence states binds its yearless dates ("In 2011 ... on May 5"). With
            // one, the nearest occurrence is the better guess: "invited in July 1997, will join on March 12".
            _sentenceYear = _anchor.Year is null ? ParseDigits(m.Value.AsSpan(0, 4)) : 0;
        }

        if (m.Ago)
        {
            // "a year earlier", "the year-ago quarter" point back from the reference; they do not move it.
            return;
        }

        if (m.Type is TimexType.Date or TimexType.Time && m.Value.Length >= 10 && !m.Value.StartsWith('X')
            && TryParseDay(m.Value, out var day))
        {
            _refDay = day;
            _sentenceDay = day;
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

    /// <summary>
    /// What "a year earlier" compares with: a day stated in the same sentence ("the quarter ended Sept. 30 ... a year
    /// earlier"), the year when the sentence speaks of a span of months ("for the nine months ... a year earlier"), else
    /// the quarter under discussion in the text, else the anchor's year.
    /// </summary>
    private (string Value, TimeGranularity Granularity) YearBefore(int quarter)
    {
        if (_sentenceDay is { } day && TimeValues.YearOk(day.Year - 1))
        {
            return (TimeValues.Day(day.PlusYears(-1)), TimeGranularity.Day);
        }

        if (!_sentenceMonths && _refQuarterYear > 0 && quarter is >= 1 and <= 4)
        {
            return (TimeValues.Quarter(_refQuarterYear - 1, quarter), TimeGranularity.Quarter);
        }

        return (TimeValues.Shift(_anchor, TimeUnit.Year, -1), TimeGranularity.Year);
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
                case ApproxOver when KindAt(j + 1) != LexKind.The:
                    // "over a week" is more than a week; "over the past two years" is a preposition.
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
