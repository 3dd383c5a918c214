using System.Buffers;
using System.Collections.Frozen;
using Dyad.Cleaning.Dates;

namespace Dyad.Cleaning.PlainText;

/// <summary>Small, independent signals that tell an article line from page furniture. Each looks at one line (or one
/// rejoined block) only; the cleaner weighs them together with the line's neighbours.</summary>
/// <remarks>None of these functions allocates; all take the line already trimmed of surrounding whitespace (they
/// tolerate untrimmed input). Word lists here are general facts of English and of web pages, never strings from any
/// particular site.</remarks>
public static class LineSignals
{
    private static readonly SearchValues<char> Terminal = SearchValues.Create(".!?\u2026");
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create("\"'\u201D\u2019\u00BB)]");
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-\u2013\u2014\u2012\u2015");

    private static readonly FrozenSet<string> LegalTerms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "liability", "liable", "disclaimer", "copyright", "copyrights", "trademark", "trademarks", "reserved", "privacy",
        "cookie", "cookies", "warranty", "warranties", "accuracy", "completeness", "publisher", "responsibility",
        "reproduction", "redistribution", "prohibited", "permission", "jurisdiction", "indemnify", "third-party",
        "licence", "license", "imprint", "terms", "conditions", "consent",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalLookup = LegalTerms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NumberWordSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "nil",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = NumberWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> CaptionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits", "caption",
        "illustration", "video", "file",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionLookup = CaptionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The coarse script of one character (<see cref="TextScript.None"/> for anything that is not a letter).</summary>
    public static TextScript ScriptOf(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? TextScript.Latin : TextScript.None;
        }

        if (!char.IsLetter(c))
        {
            return TextScript.None;
        }

        return c switch
        {
            < '\u0250' => TextScript.Latin,
            >= '\u0370' and < '\u0400' => TextScript.Greek,
            >= '\u0400' and < '\u0530' => TextScript.Cyrillic,
            >= '\u0590' and < '\u0600' => TextScript.Hebrew,
            >= '\u0600' and < '\u0780' => TextScript.Arabic,
            >= '\u1E00' and < '\u1F00' => TextScript.Latin,
            >= '\u2E80' and < '\uA000' => TextScript.Cjk,
            >= '\uAC00' and < '\uD7B0' => TextScript.Cjk,
            >= '\uFB50' and < '\uFE00' => TextScript.Arabic,
            _ => TextScript.Other,
        };
    }

    /// <summary>The script most letters of <paramref name="text"/> are written in; <paramref name="letters"/> counts all
    /// letters and <paramref name="inDominant"/> those of the dominant script.</summary>
    public static TextScript DominantScript(ReadOnlySpan<char> text, out int letters, out int inDominant)
    {
        Span<int> counts = stackalloc int[8];
        letters = 0;
        foreach (var c in text)
        {
            var s = ScriptOf(c);
            if (s != TextScript.None)
            {
                counts[(int)s]++;
                letters++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        inDominant = counts[best];
        return inDominant == 0 ? TextScript.None : (TextScript)best;
    }

    /// <summary>True when the line ends a sentence: <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, possibly inside closing
    /// quotes or brackets (<c>…anymore.”</c>).</summary>
    public static bool EndsWithTerminalPunctuation(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        while (line.Length > 0 && ClosingMarks.Contains(line[^1]))
        {
            line = line[..^1];
        }

        return line.Length > 0 && Terminal.Contains(line[^1]);
    }

    /// <summary>True when the line contains at least one letter.</summary>
    public static bool HasLetters(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts whitespace-separated tokens that hold at least one letter or digit.</summary>
    public static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\n' or '\t')
            {
                if (inWord && hasAlnum)
                {
                    count++;
                }

                inWord = false;
                hasAlnum = false;
                continue;
            }

            inWord = true;
            hasAlnum |= c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
        }

        return inWord && hasAlnum ? count + 1 : count;
    }

    /// <summary>Counts the English stop words among the line's letter runs (<see cref="StopWords"/>).</summary>
    public static int CountStopWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var word in new LetterRuns(line, joinHyphens: false))
        {
            count += StopWords.Contains(word) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Counts words typical of legal, privacy and imprint notices (liability, copyright, publisher, ...).</summary>
    public static int CountLegalTerms(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var word in new LetterRuns(line, joinHyphens: true))
        {
            count += word.Length <= 16 && LegalLookup.Contains(word) ? 1 : 0;
        }

        return count;
    }

    /// <summary>True when the line continues the one before it: a scraper broke the text at a link, so it starts with
    /// <c>,</c> <c>;</c> <c>:</c> <c>)</c> or a full stop followed by a space (<c>, Presidential Aide ...</c>).</summary>
    public static bool StartsAsContinuation(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        if (line.IsEmpty)
        {
            return false;
        }

        return line[0] switch
        {
            ',' or ';' or ')' or ']' => true,
            ':' or '.' => line.Length == 1 || line[1] == ' ',
            _ => false,
        };
    }

    /// <summary>True when the first letter-or-digit of the line is a lower-case letter.</summary>
    public static bool StartsWithLowercase(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }

            if (c is not (' ' or '\t' or '"' or '\'' or '\u201C' or '\u2018' or '('))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for photo captions and credits: a copyright sign, a leading <c>Photo:</c>/<c>Image by</c>, or a
    /// short non-sentence ending in an agency-and-photographer credit (<c>… one another. REUTERS, Kevin Lamarque</c>,
    /// <c>Kevin Lamarque/REUTERS</c>).</summary>
    public static bool IsCaptionOrCredit(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > 400)
        {
            return false;
        }

        if (line.Contains('\u00A9') || line.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Photo: ...", "Photo by ...", "File photo / ...", "Image credit ..."
        var w = 0;
        while (w < line.Length && char.IsAsciiLetter(line[w]))
        {
            w++;
        }

        if (w > 0 && CaptionLookup.Contains(line[..w]))
        {
            var rest = line[w..].TrimStart();
            if (rest.StartsWith(':') || rest.StartsWith('/') || rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("credit", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("photo", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (EndsWithTerminalPunctuation(line))
        {
            return false;
        }

        // The credit is what follows the last sentence end: "REUTERS, Kevin Lamarque".
        var tail = line;
        for (var i = line.Length - 2; i > 0; i--)
        {
            if (line[i + 1] == ' ' && Terminal.Contains(line[i]))
            {
                tail = line[(i + 2)..];
                break;
            }
        }

        return IsCredit(tail);
    }

    /// <summary>True for a bare credit: an all-capitals agency and a short capitalised name, separated by a comma or a
    /// slash, in either order (<c>REUTERS, Kevin Lamarque</c>, <c>Kevin Lamarque/AFP</c>).</summary>
    public static bool IsCredit(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 4 or > 80)
        {
            return false;
        }

        var cut = text.IndexOfAny(',', '/');
        if (cut <= 0 || cut == text.Length - 1)
        {
            return false;
        }

        var left = text[..cut].Trim();
        var right = text[(cut + 1)..].Trim();
        return (IsAllCapsWord(left) && IsCapitalisedName(right)) || (IsCapitalisedName(left) && IsAllCapsWord(right));
    }

    /// <summary>True for short <c>Label: value</c> lines (<c>Photo ID: 4471203</c>, <c>Beat: Politics</c>,
    /// <c>Published in sections: News</c>): a capitalised label of at most four words, a colon, and a short value that is
    /// not a sentence (at most five words, or one holding figures).</summary>
    public static bool IsLabelValue(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 3 or > 90 || !char.IsUpper(line[0]))
        {
            return false;
        }

        var colon = -1;
        for (var i = 1; i < line.Length && i <= 40; i++)
        {
            if (line[i] == ':' && !(char.IsAsciiDigit(line[i - 1]) && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1])))
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        var label = line[..colon];
        var value = line[(colon + 1)..].Trim();
        // A value of more than five words is a clause ("Prison official: 'Anyone' could escape ..."), unless it holds
        // figures (a date, an identifier).
        return !value.IsEmpty && CountWords(label) is >= 1 and <= 4 && label.IndexOfAny(Terminal) < 0
            && CountWords(line) <= 12 && !EndsWithTerminalPunctuation(value)
            && (CountWords(value) <= 5 || value.IndexOfAnyInRange('0', '9') >= 0);
    }

    /// <summary>True for a short heading that introduces something (<c>Article online:</c>): at most eight words ending in a colon.</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 1 && line[^1] == ':' && CountWords(line) <= 8;
    }

    /// <summary>True for contact and address lines: a URL, an e-mail address (also written <c>name (at) host</c>), or a
    /// telephone number, in a line of at most twelve words.</summary>
    public static bool IsContact(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || CountWords(line) > 12)
        {
            return false;
        }

        if (line.Contains("://", StringComparison.Ordinal) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("<www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = line.IndexOf('@');
        if (at > 0 && line[(at + 1)..].Contains('.') && char.IsLetterOrDigit(line[at - 1]))
        {
            return true;
        }

        if (line.Contains("(at)", StringComparison.OrdinalIgnoreCase) || line.Contains("[at]", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var digits = 0;
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return digits >= 7 && letters <= 10 && !EndsWithTerminalPunctuation(line) && !HasGroupedNumber(line);
    }

    /// <summary>True for a row of figures in running text or a table (<c>Shr 28 cts vs 22 cts</c>,
    /// <c>Revs 14.4 mln vs 11.5 mln</c>): at least three words, two or more of them numbers (digits, or a small number word) making at least a quarter of the tokens, and at least one word.</summary>
    public static bool IsDataRow(ReadOnlySpan<char> line)
    {
        var numbers = 0;
        var words = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var token = line[start..i];
            var d = token[0] is '+' or '-' or '$' or '(' && token.Length > 1 ? 1 : 0;
            if (char.IsAsciiDigit(token[d]) || NumberWords.Contains(token))
            {
                numbers++;
            }
            else if (char.IsLetter(token[0]))
            {
                words++;
            }
        }

        var tokens = 0;
        return numbers >= 2 && words >= 1 && numbers + words >= 3 && numbers * 4 >= CountTokens(line, ref tokens);
    }

    private static int CountTokens(ReadOnlySpan<char> line, ref int tokens)
    {
        var inToken = false;
        foreach (var c in line)
        {
            var ws = char.IsWhiteSpace(c);
            if (!ws && !inToken)
            {
                tokens++;
            }

            inToken = !ws;
        }

        return tokens;
    }

    /// <summary>True when digits are grouped with commas (<c>2,332,397</c>): an amount, not a telephone number.</summary>
    private static bool HasGroupedNumber(ReadOnlySpan<char> line)
    {
        for (var i = 1; i + 3 < line.Length; i++)
        {
            if (line[i] == ',' && char.IsAsciiDigit(line[i - 1]) && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for counters and number fragments (<c>2 of 5</c>, <c>1 more</c>, <c>0</c>): at most three words,
    /// one of them a number, and no sentence ending.</summary>
    public static bool IsNumericFragment(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || CountWords(line) > 3 || EndsWithTerminalPunctuation(line))
        {
            return false;
        }

        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var start = i;
            var allDigits = true;
            while (i < line.Length && line[i] != ' ')
            {
                allDigits &= char.IsAsciiDigit(line[i]) || line[i] is ',' or '.' or '+' or '%';
                i++;
            }

            if (i > start && allDigits && char.IsAsciiDigit(line[start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the line is a date (and perhaps a time) with at most two other short words
    /// (<c>June 18, 2012</c>, <c>-, 03.03.2013, 07:25 Time</c>); <paramref name="date"/> is the date found.</summary>
    public static bool IsDateLine(ReadOnlySpan<char> line, out DateMatch date)
    {
        date = default;
        if (line.Length > 80 || !DateScanner.TryFindFirst(line, out date))
        {
            return false;
        }

        var extraWords = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (i == date.Start)
            {
                i = date.End;
                continue;
            }

            if (DateScanner.TryMatchTimeAt(line, i, out var timeLength))
            {
                i += timeLength;
                continue;
            }

            if (char.IsLetter(line[i]))
            {
                var start = i;
                while (i < line.Length && char.IsLetter(line[i]))
                {
                    i++;
                }

                if (++extraWords > 2 || i - start > 12)
                {
                    return false;
                }

                continue;
            }

            if (char.IsAsciiDigit(line[i]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>True for an agency signature line (<c>–PTI</c>, <c>(AP)</c>, <c>-- Reuters</c>): a dash or brackets
    /// around one to three capitalised words; <paramref name="name"/> is the name's range in the line.</summary>
    public static bool TryReadSignature(ReadOnlySpan<char> line, out Range name)
    {
        name = default;
        var start = 0;
        var end = line.Length;
        while (start < end && line[start] == ' ')
        {
            start++;
        }

        while (end > start && line[end - 1] == ' ')
        {
            end--;
        }

        var marked = false;
        while (start < end && Dashes.Contains(line[start]))
        {
            start++;
            marked = true;
        }

        while (start < end && line[start] == ' ')
        {
            start++;
        }

        if (end - start >= 2 && line[start] == '(' && line[end - 1] == ')')
        {
            start++;
            end--;
            marked = true;
        }

        var body = line[start..end];
        if (body.Length is < 2 or > 30 || !char.IsUpper(body[0]) || CountWords(body) > 3)
        {
            return false;
        }

        var allCaps = true;
        foreach (var c in body)
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '&' or '-'))
            {
                return false;
            }

            allCaps &= !char.IsLower(c);
        }

        if (!marked && !(allCaps && CountWords(body) == 1))
        {
            return false;
        }

        name = start..end;
        return true;
    }

    private static bool IsAllCapsWord(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('&' or '.' or '-'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool IsCapitalisedName(ReadOnlySpan<char> s)
    {
        var words = 0;
        var atStart = true;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                atStart = true;
                continue;
            }

            if (atStart)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                words++;
                atStart = false;
            }
            else if (!(char.IsLetter(c) || c is '.' or '-' or '\''))
            {
                return false;
            }
        }

        return words is >= 1 and <= 3;
    }

    /// <summary>The runs of ASCII letters in a line, optionally joined across single hyphens (<c>third-party</c>);
    /// a span enumerator, so counting words allocates nothing.</summary>
    private ref struct LetterRuns
    {
        private readonly ReadOnlySpan<char> _line;
        private readonly bool _joinHyphens;
        private int _next;

        public LetterRuns(ReadOnlySpan<char> line, bool joinHyphens)
        {
            _line = line;
            _joinHyphens = joinHyphens;
            _next = 0;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly LetterRuns GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            while (i < _line.Length && !char.IsAsciiLetter(_line[i]))
            {
                i++;
            }

            if (i >= _line.Length)
            {
                _next = i;
                return false;
            }

            var start = i;
            while (i < _line.Length && (char.IsAsciiLetter(_line[i])
                   || (_joinHyphens && _line[i] == '-' && i + 1 < _line.Length && char.IsAsciiLetter(_line[i + 1]))))
            {
                i++;
            }

            Current = _line[start..i];
            _next = i;
            return true;
        }
    }
}
