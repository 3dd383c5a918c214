using System.Globalization;
using System.Runtime.CompilerServices;
using Dyad.Core;

namespace Dyad.Language.Tokens;

/// <summary>
/// A lossless, single-pass tokenizer for English news text. Tokens are spans of the input; whatever lies between
/// them (white space, control and zero-width characters) is a gap, so tokens plus gaps rebuild the text exactly.
/// </summary>
/// <remarks>
/// Conventions follow the Penn Treebank as CoNLL-style taggers expect: possessives and contractions are split
/// (<c>Russia</c> + <c>'s</c>, <c>are</c> + <c>n't</c>), abbreviations keep their period (<c>U.S.</c>, <c>Gen.</c>),
/// numbers, dates and times stay whole (<c>1,000</c>, <c>03.03.2013</c>, <c>23:15</c>), hyphenated names stay whole
/// (<c>al-Assad</c>, <c>G-20</c>), currency signs are split from amounts (<c>$</c> + <c>1.5bn</c>), URLs and e-mail
/// addresses are one token each.
/// </remarks>
public static class Tokenizer
{
    private const int NotClitic = -1;

    /// <summary>Tokenizes <paramref name="text"/>; an empty or blank text gives no tokens.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>((text.Length / 5) + 4);
        Tokenize(text.AsSpan(), tokens);
        return tokens.ToArray();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsGap(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ScanWord(text, i, tokens);
                continue;
            }

            i = ScanOther(text, i, tokens);
        }
    }

    /// <summary>True for characters that never belong to a token: white space, controls and zero-width marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGap(char c)
    {
        if (c <= ' ')
        {
            return true;
        }

        if (c < '\u007F')
        {
            return false;
        }

        return char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var n = text.Length;
        if (LooksLikeUrl(text[start..]))
        {
            return ScanUrl(text, start, tokens);
        }

        var j = start;
        var hasLetter = false;
        var hasAt = false;
        var dotAfterAt = false;
        var innerDot = false;
        var cliticStart = -1;
        var cliticEnd = -1;
        while (j < n)
        {
            var ch = text[j];
            if (IsWordChar(ch))
            {
                if (!hasLetter && !char.IsAsciiDigit(ch) && !char.IsDigit(ch))
                {
                    hasLetter = true;
                }

                j++;
                continue;
            }

            if (j + 1 >= n || !IsWordChar(text[j + 1]))
            {
                break;
            }

            var prev = text[j - 1];
            var next = text[j + 1];
            var joins = ch switch
            {
                '-' or '/' or '&' or '_' => true,
                '.' => true,
                ',' => char.IsAsciiDigit(prev) && IsThreeDigits(text, j + 1),
                ':' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
                '+' => char.IsAsciiDigit(next),
                '@' => !hasAt,
                _ => false,
            };

            if (IsApostrophe(ch))
            {
                var clitic = CliticLength(text, j);
                if (clitic == NotClitic && j - 1 > start)
                {
                    // n't: the n belongs to the clitic ("do" + "n't", "ca" + "n't").
                    cliticStart = j - 1;
                    cliticEnd = j + 2;
                    j--;
                    break;
                }

                if (clitic > 0)
                {
                    cliticStart = j;
                    cliticEnd = j + clitic;
                    break;
                }

                joins = true;
            }

            if (!joins)
            {
                break;
            }

            if (ch == '.')
            {
                innerDot = true;
                dotAfterAt |= hasAt;
            }
            else if (ch == '@')
            {
                hasAt = true;
            }

            j++;
        }

        var kind = hasAt && dotAfterAt ? TokenKind.Email : hasLetter ? TokenKind.Word : TokenKind.Number;
        if (kind == TokenKind.Word && cliticStart < 0 && j < n && text[j] == '.' && KeepsPeriod(text[start..j], innerDot))
        {
            j++;
            kind = TokenKind.Abbreviation;
            if (j + 1 < n && text[j] == '-' && IsWordChar(text[j + 1]))
            {
                // U.S.-led, U.N.-backed: one hyphenated word.
                j++;
                while (j < n && (IsWordChar(text[j]) || (text[j] == '-' && j + 1 < n && IsWordChar(text[j + 1]))))
                {
                    j++;
                }

                kind = TokenKind.Word;
            }
        }

        tokens.Add(new Token(new TextSpan(start, j), kind));
        if (cliticStart >= 0)
        {
            tokens.Add(new Token(new TextSpan(cliticStart, cliticEnd), TokenKind.Clitic));
            return cliticEnd;
        }

        return j;
    }

    private static bool IsThreeDigits(ReadOnlySpan<char> text, int at)
        => at + 2 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
            && (at + 3 >= text.Length || !char.IsAsciiDigit(text[at + 3]));

    /// <summary>The length of the clitic starting at the apostrophe at <paramref name="at"/> ('s, 'm, 'd, 're, 've, 'll;
    /// <see cref="NotClitic"/> for n't, which starts one before), or 0 when the apostrophe is inside a word (O'Brien).</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int at)
    {
        var rest = text.Length - at - 1;
        if (rest <= 0)
        {
            return 0;
        }

        var a = char.ToLowerInvariant(text[at + 1]);
        var afterOne = rest == 1 || !IsWordChar(text[at + 2]);
        if (afterOne)
        {
            if (a == 't' && (text[at - 1] is 'n' or 'N'))
            {
                return NotClitic;
            }

            return a is 's' or 'm' or 'd' ? 2 : 0;
        }

        if (rest >= 2 && (rest == 2 || !IsWordChar(text[at + 3])))
        {
            var b = char.ToLowerInvariant(text[at + 2]);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            {
                return 3;
            }
        }

        return 0;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word, bool innerDot)
    {
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (innerDot)
        {
            // Washington-U.S.: only the part after the last hyphen decides.
            var hyphen = word.LastIndexOf('-');
            if (hyphen >= 0)
            {
                word = word[(hyphen + 1)..];
            }

            // U.S, U.N, a.m, Ph.D: short letter segments only (not example.com, not 1.5).
            var segment = 0;
            foreach (var ch in word)
            {
                if (ch == '.')
                {
                    segment = 0;
                }
                else if (!char.IsLetter(ch) || ++segment > 3)
                {
                    return false;
                }
            }

            return true;
        }

        return Abbreviations.IsKnown(word);
    }

    private static bool LooksLikeUrl(ReadOnlySpan<char> s)
        => s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && IsWordChar(s[4]));

    private static int ScanUrl(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var j = start;
        var open = 0;
        while (j < text.Length && !IsGap(text[j]) && text[j] is not ('"' or '\u201C' or '\u201D' or '<' or '>'))
        {
            if (text[j] == '(')
            {
                open++;
            }
            else if (text[j] == ')')
            {
                open--;
            }

            j++;
        }

        while (j > start + 1)
        {
            var last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' || (last == ')' && open < 0))
            {
                if (last == ')')
                {
                    open++;
                }

                j--;
                continue;
            }

            break;
        }

        tokens.Add(new Token(new TextSpan(start, j), TokenKind.Url));
        return j;
    }

    private static int ScanOther(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var c = text[start];
        var end = start + 1;
        TokenKind kind;
        switch (c)
        {
            case '.' when end < text.Length && char.IsAsciiDigit(text[end]) && (start == 0 || IsGap(text[start - 1])):
                // A decimal without its leading zero (.628): one number token.
                var at = tokens.Count;
                end = ScanWord(text, end, tokens);
                var fraction = tokens[at];
                tokens[at] = new Token(new TextSpan(start, fraction.Span.End), fraction.Kind);
                return end;
            case '.':
                end = RunOf(text, start, '.');
                kind = TokenKind.Terminal;
                break;
            case '!' or '?':
                while (end < text.Length && text[end] is '!' or '?')
                {
                    end++;
                }

                kind = TokenKind.Terminal;
                break;
            case '\u2026':
                kind = TokenKind.Terminal;
                break;
            case '-':
                end = RunOf(text, start, '-');
                kind = TokenKind.Dash;
                break;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                kind = TokenKind.Dash;
                break;
            case '`' or '\'':
                end = RunOf(text, start, c);
                kind = TokenKind.Quote;
                break;
            case '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A':
                kind = TokenKind.Quote;
                break;
            case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}':
                kind = TokenKind.Punctuation;
                break;
            default:
                if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
                {
                    end++;
                }

                kind = TokenKind.Symbol;
                break;
        }

        tokens.Add(new Token(new TextSpan(start, end), kind));
        return end;
    }

    private static int RunOf(ReadOnlySpan<char> text, int start, char c)
    {
        var end = start + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end;
    }
}
