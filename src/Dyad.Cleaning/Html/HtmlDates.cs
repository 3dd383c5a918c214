using Dyad.Core;

namespace Dyad.Cleaning.Html;

/// <summary>Reads the dates pages state in metadata: ISO 8601 timestamps (<c>2019-05-24T07:25:00+02:00</c>), their
/// year-month and year forms, slashed and compact ISO variants, and English forms such as <c>Fri, 24 May 2019</c>
/// or <c>May 24, 2019</c>.</summary>
/// <remarks>The date part is kept as stated; a timestamp's time zone is not applied, since the page states the day in
/// its own zone. A date without a year stays yearless.</remarks>
internal static class HtmlDates
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 4 || text.Length > 200)
        {
            return false;
        }

        return TryIso(text, out date) || TryWords(text, out date);
    }

    private static bool TryIso(ReadOnlySpan<char> s, out PartialDate date)
    {
        date = default;
        if (!Digits(s, 0, 4, out var year))
        {
            return false;
        }

        // Compact 20190524 (optionally followed by a time).
        if (s.Length >= 8 && Digits(s, 4, 4, out var md) && (s.Length == 8 || !char.IsAsciiDigit(s[8])))
        {
            return PartialDate.TryCreate(year, md / 100, md % 100, out date);
        }

        if (s.Length == 4)
        {
            return PartialDate.TryCreate(year, null, null, out date);
        }

        if (char.IsAsciiDigit(s[4]))
        {
            return false;
        }

        var separator = s[4];
        if (separator is not ('-' or '/' or '.'))
        {
            return false;
        }

        if (!Digits(s, 5, 2, out var month) && !Digits(s, 5, 1, out month))
        {
            return false;
        }

        var next = 5 + (s.Length > 6 && char.IsAsciiDigit(s[6]) ? 2 : 1);
        if (next >= s.Length || s[next] != separator)
        {
            return (next >= s.Length || !char.IsAsciiDigit(s[next])) && PartialDate.TryCreate(year, month, null, out date);
        }

        if (!Digits(s, next + 1, 2, out var day) && !Digits(s, next + 1, 1, out day))
        {
            return false;
        }

        var after = next + 1 + (s.Length > next + 2 && char.IsAsciiDigit(s[next + 2]) ? 2 : 1);
        if (after < s.Length && char.IsAsciiDigit(s[after]))
        {
            return false;
        }

        return PartialDate.TryCreate(year, month, day, out date);
    }

    private static bool TryWords(ReadOnlySpan<char> s, out PartialDate date)
    {
        date = default;
        int? year = null, month = null, day = null;
        var i = 0;
        var tokens = 0;
        while (i < s.Length && tokens < 12)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                var start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                var length = i - start;
                var value = int.Parse(s[start..i], provider: System.Globalization.CultureInfo.InvariantCulture);
                if (length == 4 && year is null && value is >= 1000 and <= 2999)
                {
                    year = value;
                }
                else if (length <= 2 && day is null && value is >= 1 and <= 31 && (i >= s.Length || s[i] != ':'))
                {
                    day = value;
                }

                // Skip ordinal suffixes (24th).
                while (i < s.Length && char.IsAsciiLetterLower(s[i]))
                {
                    i++;
                }

                tokens++;
            }
            else if (char.IsAsciiLetter(s[i]))
            {
                var start = i;
                while (i < s.Length && char.IsAsciiLetter(s[i]))
                {
                    i++;
                }

                if (month is null && i - start >= 3)
                {
                    var word = s[start..i];
                    for (var m = 0; m < Months.Length; m++)
                    {
                        // A full name, its three-letter abbreviation, or Sept.
                        if (Months[m].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)
                            && (word.Length == 3 || word.Length == Months[m].Length || (m == 8 && word.Length == 4)))
                        {
                            month = m + 1;
                            break;
                        }
                    }
                }

                tokens++;
            }
            else
            {
                i++;
            }
        }

        if (month is null)
        {
            return false;
        }

        return PartialDate.TryCreate(year, month, day, out date);
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
