using System.Collections.Frozen;

namespace Dyad.Language.Time;

/// <summary>
/// The compiled word list of the time-expression scanner: month and weekday names, numbers in words, units,
/// modifiers, deictic words. One case-insensitive frozen-dictionary probe per candidate token, without allocating.
/// </summary>
internal static class TimeLexicon
{
    public const int Now = 1, Today = 2, Yesterday = 3, Tomorrow = 4, Tonight = 5, Currently = 6, Current = 7, Recently = 8,
        Recent = 9, Previously = 10, Soon = 11, Future = 12, Present = 13, Past = 14, Nowadays = 15, Meantime = 16;

    public const int RelThis = 0, RelLast = 1, RelNext = 2, RelPast = 3, RelComing = 4, RelPrevious = 5, RelFollowing = 6,
        RelLatest = 7, RelCurrent = 8, RelThat = 9, RelSame = 10, RelThese = 11;

    public const int EdgeStart = 1, EdgeMid = 2, EdgeEnd = 3, EdgeEarlier = 4, EdgeLater = 5;

    public const int ApproxAbout = 1, ApproxNearly = 2, ApproxAlmost = 3, ApproxOver = 4, ApproxMore = 5, ApproxLess = 6, ApproxLeast = 7,
        ApproxUnder = 8;

    private const int MaxWordLength = 14;

    private static readonly FrozenDictionary<string, LexEntry> Words = Build();

    private static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up as it stands (no hyphen splitting); none when it is no time word.</summary>
    public static LexEntry LookupWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return default;
        }

        return WordLookup.TryGetValue(word, out var entry) ? entry : default;
    }

    /// <summary>
    /// Classifies a word token: a plain lexicon word, or a compound the lexicon cannot list (<c>two-day</c>,
    /// <c>third-quarter</c>, <c>mid-1990s</c>, <c>1980s</c>, <c>20th</c>, <c>twenty-four</c>, <c>year-earlier</c>).
    /// </summary>
    public static LexEntry Classify(ReadOnlySpan<char> word)
    {
        var entry = LookupWord(word);
        if (!entry.IsNone || word.Length < 3 || word.Length > 40)
        {
            return entry;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen < 0)
        {
            return ClassifyDigitWord(word);
        }

        return ClassifyCompound(word);
    }

    private static LexEntry ClassifyDigitWord(ReadOnlySpan<char> word)
    {
        if (!char.IsAsciiDigit(word[0]))
        {
            return default;
        }

        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits > 4)
        {
            return default;
        }

        var number = ParseDigits(word[..digits]);
        var rest = word[digits..];
        if (rest.Length == 1 && (rest[0] is 's' or 'S') && number % 10 == 0)
        {
            if (digits == 4)
            {
                return new LexEntry(LexKind.Decade, number / 10);
            }

            if (digits == 2)
            {
                return new LexEntry(LexKind.Decade, 190 + (number / 10));
            }

            return default;
        }

        if (rest.Length == 2 && digits <= 3 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return new LexEntry(LexKind.Ordinal, number);
        }

        return default;
    }

    private static LexEntry ClassifyCompound(ReadOnlySpan<char> word)
    {
        // Split on hyphens into at most four parts without allocating.
        Span<Range> parts = stackalloc Range[5];
        var count = word.Split(parts, '-');
        if (count < 2 || count > 4)
        {
            return default;
        }

        var first = word[parts[0]];
        var second = word[parts[1]];
        if (first.Length == 0 || second.Length == 0)
        {
            return default;
        }

        if (first.Equals("mid", StringComparison.OrdinalIgnoreCase) && count == 2)
        {
            var inner = Classify(second);
            if (inner.Kind is LexKind.Month or LexKind.Decade or LexKind.Season or LexKind.Weekday)
            {
                return inner with { Mid = true, Weak = false };
            }

            if (second.Length == 4 && IsAllDigits(second))
            {
                return new LexEntry(LexKind.Digits, ParseDigits(second), Mid: true);
            }

            return default;
        }

        var firstEntry = LookupWord(first);
        if (firstEntry.Kind == LexKind.Unit && firstEntry.Unit == TimeUnit.Year && count == 2)
        {
            var s = LookupWord(second);
            if (s.Kind is LexKind.Shift or LexKind.Ago)
            {
                return new LexEntry(LexKind.YearAgo);
            }

            return s is { Kind: LexKind.Edge, Value: EdgeEnd } ? new LexEntry(LexKind.YearEnd) : default;
        }

        if ((first.Equals("late", StringComparison.OrdinalIgnoreCase) || first.Equals("early", StringComparison.OrdinalIgnoreCase)) && count == 2
            && LookupWord(second) is { Kind: LexKind.Month } edgeMonth)
        {
            // "late-November": the month; the scanner reads the edge back from the word.
            return edgeMonth with { Mid = false, Weak = false };
        }

        // A quantity: digits, number words (twenty-four), "several", "multi".
        var next = 0;
        var quantity = 0;
        if (IsAllDigits(first) && first.Length <= 4)
        {
            quantity = ParseDigits(first);
            next = 1;
        }
        else if (firstEntry.Kind == LexKind.NumberWord)
        {
            quantity = firstEntry.Value;
            next = 1;
            if (firstEntry.Value >= 20 && firstEntry.Value % 10 == 0 && count > 2 && LookupWord(second) is { Kind: LexKind.NumberWord, Value: > 0 and < 10 } units)
            {
                quantity += units.Value;
                next = 2;
            }
            else if (count == 2 && firstEntry.Value >= 20 && firstEntry.Value % 10 == 0 && LookupWord(second) is { Kind: LexKind.NumberWord, Value: > 0 and < 10 } u2)
            {
                return new LexEntry(LexKind.NumberWord, firstEntry.Value + u2.Value);
            }
        }
        else if (firstEntry.Kind == LexKind.Quantity || first.Equals("multi", StringComparison.OrdinalIgnoreCase))
        {
            quantity = -1;
            next = 1;
        }
        else if (firstEntry.Kind == LexKind.Ordinal && count == 2)
        {
            var s = LookupWord(second);
            if (s.Kind == LexKind.Unit && s.Unit == TimeUnit.Quarter && s.Value == 0 && firstEntry.Value is >= 1 and <= 4)
            {
                return new LexEntry(LexKind.CompoundQuarter, firstEntry.Value);
            }

            if (s.Kind == LexKind.Unit && s.Unit == TimeUnit.Half && firstEntry.Value is >= 1 and <= 2)
            {
                return new LexEntry(LexKind.CompoundHalf, firstEntry.Value);
            }

            return default;
        }
        else if (firstEntry.Kind == LexKind.Unit && firstEntry.Unit == TimeUnit.Day && count == 2 && second.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            return new LexEntry(LexKind.CompoundDuration, 1, TimeUnit.Day);
        }
        else
        {
            return default;
        }

        if (next >= count)
        {
            return default;
        }

        var unit = LookupWord(word[parts[next]]);
        if (unit.Kind != LexKind.Unit || unit.Value != 0 || unit.Unit is TimeUnit.Weekend or TimeUnit.Half)
        {
            return default;
        }

        // Allow a trailing "-long": "two-week-long".
        if (next + 1 < count)
        {
            var tail = word[parts[next + 1]];
            // Ages ("6-year-old") are not time expressions in TimeML; "-long" stretches are.
            if (next + 2 != count || !tail.Equals("long", StringComparison.OrdinalIgnoreCase))
            {
                return default;
            }
        }

        return quantity is 0 or > 10000 ? default : new LexEntry(LexKind.CompoundDuration, quantity, unit.Unit);
    }

    public static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static int ParseDigits(ReadOnlySpan<char> s)
    {
        var v = 0;
        foreach (var c in s)
        {
            v = (v * 10) + (c - '0');
        }

        return v;
    }

    private static FrozenDictionary<string, LexEntry> Build()
    {
        var d = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var m = 0; m < 12; m++)
        {
            d[months[m]] = new LexEntry(LexKind.Month, m + 1, Weak: m is 2 or 4);
            var abbr = months[m][..3];
            d[abbr + "."] = new LexEntry(LexKind.Month, m + 1);
            if (m != 4)
            {
                d[abbr] = new LexEntry(LexKind.Month, m + 1, Weak: true);
            }
        }

        d["may."] = new LexEntry(LexKind.Month, 5, Weak: true);
        d["sept."] = new LexEntry(LexKind.Month, 9);
        d["sept"] = new LexEntry(LexKind.Month, 9, Weak: true);
        d["june."] = new LexEntry(LexKind.Month, 6);
        d["july."] = new LexEntry(LexKind.Month, 7);

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        string[][] dayAbbr = [["mon."], ["tue.", "tues."], ["wed."], ["thu.", "thur.", "thurs."], ["fri."], ["sat."], ["sun."]];
        for (var i = 0; i < 7; i++)
        {
            d[days[i]] = new LexEntry(LexKind.Weekday, i + 1);
            d[days[i] + "s"] = new LexEntry(LexKind.Weekday, i + 1, TimeUnit.Week);
            foreach (var a in dayAbbr[i])
            {
                d[a] = new LexEntry(LexKind.Weekday, i + 1);
            }
        }

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 1; i < ones.Length; i++)
        {
            d[ones[i]] = new LexEntry(LexKind.NumberWord, i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new LexEntry(LexKind.NumberWord, (i + 2) * 10);
        }

        d["hundred"] = new LexEntry(LexKind.NumberWord, 100);
        d["thousand"] = new LexEntry(LexKind.NumberWord, 1000);
        d["dozen"] = new LexEntry(LexKind.NumberWord, 12);

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var i = 0; i < ordinals.Length; i++)
        {
            d[ordinals[i]] = new LexEntry(LexKind.Ordinal, i + 1);
        }

        d["thirtieth"] = new LexEntry(LexKind.Ordinal, 30);
        d["a"] = new LexEntry(LexKind.Article, 1);
        d["an"] = new LexEntry(LexKind.Article, 1);

        (string Word, TimeUnit Unit)[] units =
        [
            ("second", TimeUnit.Second), ("minute", TimeUnit.Minute), ("hour", TimeUnit.Hour), ("day", TimeUnit.Day), ("week", TimeUnit.Week),
            ("weekend", TimeUnit.Weekend), ("month", TimeUnit.Month), ("quarter", TimeUnit.Quarter), ("half", TimeUnit.Half), ("year", TimeUnit.Year),
            ("decade", TimeUnit.Decade),
        ];
        foreach (var (word, unit) in units)
        {
            if (unit != TimeUnit.Second)
            {
                d[word] = new LexEntry(LexKind.Unit, 0, unit);
            }

            if (unit != TimeUnit.Half)
            {
                d[word + "s"] = new LexEntry(LexKind.Unit, 1, unit);
            }
        }

        d["century"] = new LexEntry(LexKind.Unit, 0, TimeUnit.Century);
        d["centuries"] = new LexEntry(LexKind.Unit, 1, TimeUnit.Century);
        d["mins"] = new LexEntry(LexKind.Unit, 1, TimeUnit.Minute);
        d["hrs"] = new LexEntry(LexKind.Unit, 1, TimeUnit.Hour);

        d["now"] = new LexEntry(LexKind.Deictic, Now);
        d["today"] = new LexEntry(LexKind.Deictic, Today);
        d["yesterday"] = new LexEntry(LexKind.Deictic, Yesterday);
        d["tomorrow"] = new LexEntry(LexKind.Deictic, Tomorrow);
        d["tonight"] = new LexEntry(LexKind.Deictic, Tonight);
        d["currently"] = new LexEntry(LexKind.Deictic, Currently);
        d["presently"] = new LexEntry(LexKind.Deictic, Currently);
        d["nowadays"] = new LexEntry(LexKind.Deictic, Nowadays);
        d["recently"] = new LexEntry(LexKind.Deictic, Recently);
        d["lately"] = new LexEntry(LexKind.Deictic, Recently);
        d["recent"] = new LexEntry(LexKind.Deictic, Recent);
        d["soon"] = new LexEntry(LexKind.Deictic, Soon);
        d["future"] = new LexEntry(LexKind.Deictic, Future);
        d["present"] = new LexEntry(LexKind.Deictic, Present);
        d["meantime"] = new LexEntry(LexKind.Deictic, Meantime);

        d["this"] = new LexEntry(LexKind.Relative, RelThis);
        d["last"] = new LexEntry(LexKind.Relative, RelLast);
        d["next"] = new LexEntry(LexKind.Relative, RelNext);
        d["past"] = new LexEntry(LexKind.Relative, RelPast);
        d["coming"] = new LexEntry(LexKind.Relative, RelComing);
        d["upcoming"] = new LexEntry(LexKind.Relative, RelComing);
        d["previous"] = new LexEntry(LexKind.Relative, RelPrevious);
        d["prior"] = new LexEntry(LexKind.Relative, RelPrevious);
        d["preceding"] = new LexEntry(LexKind.Relative, RelPrevious);
        d["following"] = new LexEntry(LexKind.Relative, RelFollowing);
        d["latest"] = new LexEntry(LexKind.Relative, RelLatest);
        d["current"] = new LexEntry(LexKind.Relative, RelCurrent);
        d["that"] = new LexEntry(LexKind.Relative, RelThat);
        d["same"] = new LexEntry(LexKind.Relative, RelSame);

        d["early"] = new LexEntry(LexKind.Edge, EdgeStart);
        d["beginning"] = new LexEntry(LexKind.Edge, EdgeStart);
        d["start"] = new LexEntry(LexKind.Edge, EdgeStart);
        d["mid"] = new LexEntry(LexKind.Edge, EdgeMid);
        d["middle"] = new LexEntry(LexKind.Edge, EdgeMid);
        d["late"] = new LexEntry(LexKind.Edge, EdgeEnd);
        d["end"] = new LexEntry(LexKind.Edge, EdgeEnd);

        d["the"] = new LexEntry(LexKind.The);
        d["these"] = new LexEntry(LexKind.Relative, RelThese);
        d["of"] = new LexEntry(LexKind.Of);
        d["ago"] = new LexEntry(LexKind.Ago);
        d["earlier"] = new LexEntry(LexKind.Shift, -1);
        d["before"] = new LexEntry(LexKind.Shift, -1);
        d["later"] = new LexEntry(LexKind.Shift, 1);
        d["after"] = new LexEntry(LexKind.Shift, 1);

        d["morning"] = new LexEntry(LexKind.PartOfDay, 1);
        d["afternoon"] = new LexEntry(LexKind.PartOfDay, 2);
        d["evening"] = new LexEntry(LexKind.PartOfDay, 3);
        d["night"] = new LexEntry(LexKind.PartOfDay, 4);
        d["overnight"] = new LexEntry(LexKind.PartOfDay, 4);
        d["mornings"] = new LexEntry(LexKind.PartOfDay, 1, TimeUnit.Week);
        d["afternoons"] = new LexEntry(LexKind.PartOfDay, 2, TimeUnit.Week);
        d["evenings"] = new LexEntry(LexKind.PartOfDay, 3, TimeUnit.Week);
        d["nights"] = new LexEntry(LexKind.PartOfDay, 4, TimeUnit.Week);
        d["noon"] = new LexEntry(LexKind.Noon, 12);
        d["midday"] = new LexEntry(LexKind.Noon, 12);
        d["midnight"] = new LexEntry(LexKind.Noon, 24);

        d["spring"] = new LexEntry(LexKind.Season, 1);
        d["summer"] = new LexEntry(LexKind.Season, 2);
        d["fall"] = new LexEntry(LexKind.Season, 3, Weak: true);
        d["autumn"] = new LexEntry(LexKind.Season, 3);
        d["winter"] = new LexEntry(LexKind.Season, 4);

        d["daily"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Day);
        d["nightly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Day);
        d["weekly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Week);
        d["monthly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Month);
        d["quarterly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Quarter, Weak: true);
        d["annually"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Year);
        d["annual"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Year, Weak: true);
        d["yearly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Year);
        d["hourly"] = new LexEntry(LexKind.SetWord, 1, TimeUnit.Hour);
        d["every"] = new LexEntry(LexKind.Every);
        d["each"] = new LexEntry(LexKind.Every);

        d["a.m."] = new LexEntry(LexKind.Meridiem, 0);
        d["a.m"] = new LexEntry(LexKind.Meridiem, 0);
        d["am"] = new LexEntry(LexKind.Meridiem, 0, Weak: true);
        d["p.m."] = new LexEntry(LexKind.Meridiem, 12);
        d["p.m"] = new LexEntry(LexKind.Meridiem, 12);
        d["pm"] = new LexEntry(LexKind.Meridiem, 12);
        d["fiscal"] = new LexEntry(LexKind.Fiscal);

        string[] decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var i = 0; i < decadeWords.Length; i++)
        {
            d[decadeWords[i]] = new LexEntry(LexKind.DecadeWord, 192 + i);
        }

        d["several"] = new LexEntry(LexKind.Quantity, -1);
        d["few"] = new LexEntry(LexKind.Quantity, -1);
        d["couple"] = new LexEntry(LexKind.Quantity, 2);
        d["many"] = new LexEntry(LexKind.Quantity, -1);

        d["about"] = new LexEntry(LexKind.Approx, ApproxAbout);
        d["around"] = new LexEntry(LexKind.Approx, ApproxAbout);
        d["approximately"] = new LexEntry(LexKind.Approx, ApproxAbout);
        d["roughly"] = new LexEntry(LexKind.Approx, ApproxAbout);
        d["nearly"] = new LexEntry(LexKind.Approx, ApproxNearly);
        d["almost"] = new LexEntry(LexKind.Approx, ApproxAlmost);
        d["over"] = new LexEntry(LexKind.Approx, ApproxOver);
        d["more"] = new LexEntry(LexKind.Approx, ApproxMore);
        d["less"] = new LexEntry(LexKind.Approx, ApproxLess);
        d["least"] = new LexEntry(LexKind.Approx, ApproxLeast);
        d["under"] = new LexEntry(LexKind.Approx, ApproxUnder);

        d["christmas"] = new LexEntry(LexKind.Holiday, 1225);
        d["thanksgiving"] = new LexEntry(LexKind.Holiday, 1100);
        d["halloween"] = new LexEntry(LexKind.Holiday, 1031);

        foreach (var zone in new[] { "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "msk" })
        {
            d[zone] = new LexEntry(LexKind.Zone);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
