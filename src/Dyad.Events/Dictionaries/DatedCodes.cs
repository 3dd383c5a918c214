namespace Dyad.Events.Dictionaries;

/// <summary>Reads the inside of an actor code bracket: <c>CODE</c>, <c>CODE &gt;DATE</c>, <c>CODE &lt;DATE</c>, <c>CODE DATE-DATE</c>.</summary>
internal static class DatedCodes
{
    /// <summary>
    /// Reads <paramref name="inside"/> (the text between <c>[</c> and <c>]</c>). Spaces around <c>&lt;</c>,
    /// <c>&gt;</c> and <c>-</c> are allowed (<c>[HOB &lt; 950601]</c>, <c>[X 19950601 - 19990815]</c>).
    /// Dates are YYYYMMDD or YYMMDD; a two-digit year 00-30 is 20YY, else 19YY (the KEDS/TABARI rule).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> inside, out DatedCode code, out string? error)
    {
        code = default;
        inside = inside.Trim();
        var split = inside.IndexOfAny(' ', '\t');
        var name = split < 0 ? inside : inside[..split];
        var restriction = split < 0 ? [] : inside[(split + 1)..].Trim();
        if (name.IsEmpty)
        {
            error = "empty code";
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '~' or '!' or '.' or '/'))
            {
                error = $"unexpected character '{c}' in code '{name}'";
                return false;
            }
        }

        var codeText = name.ToString();
        if (restriction.IsEmpty)
        {
            code = new DatedCode(codeText, null, null);
            error = null;
            return true;
        }

        if (restriction[0] is '<' or '>')
        {
            if (!TryParseDate(restriction[1..].Trim(), out var d))
            {
                error = $"bad date in '{inside}' (expected YYMMDD or YYYYMMDD)";
                return false;
            }

            code = restriction[0] == '<' ? new DatedCode(codeText, null, d) : new DatedCode(codeText, d, null);
            error = null;
            return true;
        }

        var dash = restriction.IndexOf('-');
        if (dash < 0 || !TryParseDate(restriction[..dash].Trim(), out var from) || !TryParseDate(restriction[(dash + 1)..].Trim(), out var to))
        {
            error = $"bad date restriction in '{inside}' (expected <DATE, >DATE or DATE-DATE)";
            return false;
        }

        code = new DatedCode(codeText, from, to);
        error = null;
        return true;
    }

    /// <summary>YYYYMMDD or YYMMDD, checked against the calendar.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length is not (6 or 8))
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

        int year, month, day;
        if (s.Length == 8)
        {
            year = Number(s[..4]);
            month = Number(s[4..6]);
            day = Number(s[6..8]);
        }
        else
        {
            year = Number(s[..2]);
            year += year <= 30 ? 2000 : 1900;
            month = Number(s[2..4]);
            day = Number(s[4..6]);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
