using System.Buffers;
using Dyad.Core;

namespace Dyad.Cleaning.Dates;

/// <summary>Finds written dates in text without regular expressions, keeping the precision they were written with.</summary>
/// <remarks>
/// <para>Forms read: <c>June 18, 2012</c>, <c>Jun. 18 2012</c>, <c>June 18th</c>, <c>May 24</c> (yearless, kept as
/// <c>--05-24</c>), <c>June 2012</c> (month precision), <c>18 June 2012</c>, <c>18th June</c>, <c>26-FEB-1987</c>,
/// <c>2012-06-18</c>, <c>2012/06/18</c>, <c>03.03.2013</c>, <c>18-06-2012</c> and <c>18/06/2012</c>.</para>
/// <para>Numeric day-month order: with dots or hyphens (<c>03.03.2013</c>, <c>18-06-2012</c>) the day comes first, as
/// in every convention that writes those separators (the US writes slashes). With slashes the order is taken only when
/// the numbers settle it (<c>18/06/2012</c> is day-first, <c>06/18/2012</c> month-first, <c>05/05/2012</c> is the same
/// either way); <c>03/04/2012</c> is ambiguous and is not read as a date at all rather than guessed.</para>
/// <para>A date never borrows a missing year from anywhere: completing it is the reader's business, with its own
/// evidence. Numeric forms need a four-digit year between 1800 and 2199; a date must start and end at a word
/// boundary, and must describe a real calendar day.</para>
/// </remarks>
public static class DateScanner
{
    private const int MinYear = 1800;
    private const int MaxYear = 2199;

    private static readonly SearchValues<char> Starts = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Reads a date that starts exactly at <paramref name="start"/>.</summary>
    public static bool TryMatchAt(ReadOnlySpan<char> text, int start, out DateMatch match)
    {
        match = default;
        if ((uint)start >= (uint)text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        var c = text[start];
        if (char.IsAsciiDigit(c))
        {
            return TryNumberFirst(text, start, out match);
        }

        return char.IsAsciiLetterUpper(c) && TryMonthFirst(text, start, out match);
    }

    /// <summary>Finds the first date in <paramref name="text"/>.</summary>
    public static bool TryFindFirst(ReadOnlySpan<char> text, out DateMatch match)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(Starts);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (TryMatchAt(text, i, out match))
            {
                return true;
            }

            i++;
        }

        match = default;
        return false;
    }

    /// <summary>Finds every date in <paramref name="text"/>, in order, without overlaps.</summary>
    public static IReadOnlyList<DateMatch> FindAll(ReadOnlySpan<char> text)
    {
        var found = new List<DateMatch>();
        var offset = 0;
        while (offset < text.Length && TryFindFirst(text[offset..], out var m))
        {
            found.Add(m with { Start = m.Start + offset });
            offset += m.End;
        }

        return found;
    }

    /// <summary>Reads text that is a date and nothing else (surrounding whitespace allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        text = text.Trim();
        if (TryMatchAt(text, 0, out var m) && m.Length == text.Length)
        {
            date = m.Date;
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Reads a clock time at <paramref name="start"/>: <c>7:25</c>, <c>23:15</c>, <c>07:25:10</c>, optionally
    /// followed by <c>am</c>/<c>pm</c>. Returns the length read.</summary>
    public static bool TryMatchTimeAt(ReadOnlySpan<char> text, int start, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        if (!ReadNumber(text, start, 1, 2, out var hour, out var p) || p >= text.Length || text[p] != ':'
            || !ReadNumber(text, p + 1, 2, 2, out var minute, out p) || hour > 23 || minute > 59)
        {
            return false;
        }

        if (p + 2 < text.Length && text[p] == ':' && ReadNumber(text, p + 1, 2, 2, out var second, out var q) && second <= 59)
        {
            p = q;
        }

        var ampm = p;
        while (ampm < text.Length && text[ampm] == ' ')
        {
            ampm++;
        }

        if (ampm + 1 < text.Length && (text[ampm] | 0x20) is 'a' or 'p' && (text[ampm + 1] | 0x20) == 'm'
            && (ampm + 2 == text.Length || !char.IsLetterOrDigit(text[ampm + 2])) && hour <= 12)
        {
            p = ampm + 2;
        }

        if (p < text.Length && char.IsLetterOrDigit(text[p]))
        {
            return false;
        }

        length = p - start;
        return true;
    }

    private static bool TryMonthFirst(ReadOnlySpan<char> text, int start, out DateMatch match)
    {
        match = default;
        if (!MonthNames.TryMatch(text, start, out var month, out var ml))
        {
            return false;
        }

        var p = SkipSpaces(text, start + ml);
        if (p == start + ml && !(p > start && text[p - 1] == '.'))
        {
            return false;
        }

        // "June 2012": month precision.
        if (ReadNumber(text, p, 4, 4, out var year, out var afterYear))
        {
            return year is >= MinYear and <= MaxYear && Make(start, afterYear, year, month, null, out match);
        }

        if (!ReadNumber(text, p, 1, 2, out var day, out var afterDay) && !ReadOrdinal(text, p, out day, out afterDay))
        {
            return false;
        }

        if (afterDay < text.Length && char.IsAsciiLetter(text[afterDay]) && ReadOrdinal(text, p, out day, out var ord))
        {
            afterDay = ord;
        }

        // "June 18, 2012", "June 18 2012" and the typewriter "June 18 , 2012".
        var q = SkipSpaces(text, afterDay);
        if (q < text.Length && text[q] == ',')
        {
            q++;
        }
        else
        {
            q = afterDay;
        }

        var r = SkipSpaces(text, q);
        if (r > afterDay && ReadNumber(text, r, 4, 4, out year, out var end) && year is >= MinYear and <= MaxYear)
        {
            return Make(start, end, year, month, day, out match);
        }

        return Make(start, afterDay, null, month, day, out match);
    }

    private static bool TryNumberFirst(ReadOnlySpan<char> text, int start, out DateMatch match)
    {
        match = default;

        // 2012-06-18, 2012/06/18
        if (ReadNumber(text, start, 4, 4, out var y, out var p))
        {
            if (p + 1 < text.Length && text[p] is '-' or '/' && ReadNumber(text, p + 1, 1, 2, out var m, out var q)
                && q + 1 < text.Length && text[q] == text[p] && ReadNumber(text, q + 1, 1, 2, out var d, out var end)
                && y is >= MinYear and <= MaxYear)
            {
                return Make(start, end, y, m, d, out match);
            }

            return false;
        }

        if (!ReadNumber(text, start, 1, 2, out var a, out p) && !ReadOrdinal(text, start, out a, out p))
        {
            return false;
        }

        if (p < text.Length && char.IsAsciiLetter(text[p]) && ReadOrdinal(text, start, out a, out var ord))
        {
            p = ord;
        }

        if (p + 1 < text.Length && text[p] is '.' or '-' or '/')
        {
            var sep = text[p];

            // 26-FEB-1987
            if (sep == '-' && MonthNames.TryMatch(text, p + 1, out var mon, out var ml) && p + 1 + ml + 1 < text.Length
                && text[p + 1 + ml] == '-' && ReadNumber(text, p + 2 + ml, 4, 4, out var yy, out var e2) && yy is >= MinYear and <= MaxYear)
            {
                return Make(start, e2, yy, mon, a, out match);
            }

            if (ReadNumber(text, p + 1, 1, 2, out var b, out var q) && q + 1 < text.Length && text[q] == sep
                && ReadNumber(text, q + 1, 4, 4, out var year, out var end) && year is >= MinYear and <= MaxYear)
            {
                if (sep != '/')
                {
                    return Make(start, end, year, b, a, out match);
                }

                if (a == b || (a > 12 && b <= 12))
                {
                    return Make(start, end, year, b, a, out match);
                }

                if (b > 12 && a <= 12)
                {
                    return Make(start, end, year, a, b, out match);
                }
            }

            return false;
        }

        // 18 June 2012, 18th June
        var s = SkipSpaces(text, p);
        if (s > p && MonthNames.TryMatch(text, s, out var month, out var mlen))
        {
            var afterMonth = s + mlen;
            var r = afterMonth < text.Length && text[afterMonth] == ',' ? afterMonth + 1 : afterMonth;
            var t = SkipSpaces(text, r);
            if (t > afterMonth && ReadNumber(text, t, 4, 4, out var year, out var end) && year is >= MinYear and <= MaxYear)
            {
                return Make(start, end, year, month, a, out match);
            }

            return Make(start, afterMonth, null, month, a, out match);
        }

        return false;
    }

    private static bool Make(int start, int end, int? year, int month, int? day, out DateMatch match)
    {
        match = default;
        if (day is 0 || !PartialDate.TryCreate(year, month, day, out var date))
        {
            return false;
        }

        match = new DateMatch(start, end - start, date);
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>Reads between <paramref name="min"/> and <paramref name="max"/> digits that are not followed by another digit.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> text, int p, int min, int max, out int value, out int end)
    {
        value = 0;
        end = p;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - p < max)
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        var count = end - p;
        if (count < min || (end < text.Length && char.IsAsciiDigit(text[end])))
        {
            return false;
        }

        return end >= text.Length || !char.IsAsciiLetter(text[end]);
    }

    /// <summary>Reads a day with an English ordinal suffix: <c>18th</c>, <c>1st</c>, <c>2nd</c>, <c>3rd</c>.</summary>
    private static bool ReadOrdinal(ReadOnlySpan<char> text, int p, out int value, out int end)
    {
        value = 0;
        end = p;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - p < 2)
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        if (end == p || end + 2 > text.Length)
        {
            return false;
        }

        var suffix = text.Slice(end, 2);
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        end += 2;
        return end >= text.Length || !char.IsLetterOrDigit(text[end]);
    }
}
