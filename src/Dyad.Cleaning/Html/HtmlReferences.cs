using System.Text;
using AngleSharp.Html;

namespace Dyad.Cleaning.Html;

/// <summary>Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#169;</c>, <c>&amp;#x2014;</c>) as the HTML
/// standard does, with AngleSharp's table of the standard's named references.</summary>
/// <remarks>Named references need their semicolon, except the legacy ones the standard accepts without it
/// (<c>&amp;amp</c>, <c>&amp;copy</c>); inside attribute values a legacy reference followed by a letter, digit or
/// <c>=</c> stays literal. Numeric references to nothing, to surrogates or beyond U+10FFFF give U+FFFD; the C1 range
/// is read as Windows-1252, as browsers do.</remarks>
internal static class HtmlReferences
{
    private const int LongestName = 32;

    /// <summary>Decodes the reference starting at <paramref name="text"/>[0] (an ampersand) into
    /// <paramref name="decoded"/> (room for two characters). Returns how many characters the reference takes, or 0
    /// when the ampersand is a literal one.</summary>
    public static int Decode(ReadOnlySpan<char> text, bool inAttribute, Span<char> decoded, out int written)
    {
        written = 0;
        if (text.Length < 2 || text[0] != '&')
        {
            return 0;
        }

        return text[1] == '#' ? DecodeNumeric(text, decoded, out written) : DecodeNamed(text, inAttribute, decoded, out written);
    }

    /// <summary>The text with every reference decoded.</summary>
    public static string DecodeAll(ReadOnlySpan<char> text, bool inAttribute)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[2];
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf('&');
            if (next < 0)
            {
                builder.Append(text[i..]);
                break;
            }

            builder.Append(text.Slice(i, next));
            i += next;
            var length = Decode(text[i..], inAttribute, buffer, out var written);
            if (length == 0)
            {
                builder.Append('&');
                i++;
                continue;
            }

            builder.Append(buffer[..written]);
            i += length;
        }

        return builder.ToString();
    }

    private static int DecodeNumeric(ReadOnlySpan<char> text, Span<char> decoded, out int written)
    {
        written = 0;
        var i = 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var first = i;
        long code = 0;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            if (code <= 0x10FFFF)
            {
                code = (code * (hex ? 16 : 10)) + (hex ? HexValue(text[i]) : text[i] - '0');
            }

            i++;
        }

        if (i == first)
        {
            return 0;
        }

        if (i < text.Length && text[i] == ';')
        {
            i++;
        }

        if (code is 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            decoded[0] = '\uFFFD';
            written = 1;
        }
        else if (HtmlEntityProvider.IsInCharacterTable((int)code))
        {
            var symbol = HtmlEntityProvider.GetSymbolFromTable((int)code);
            written = Copy(symbol, decoded);
        }
        else
        {
            written = new Rune((int)code).EncodeToUtf16(decoded);
        }

        return i;
    }

    private static int DecodeNamed(ReadOnlySpan<char> text, bool inAttribute, Span<char> decoded, out int written)
    {
        written = 0;
        var i = 1;
        while (i < text.Length && i <= LongestName && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == 1)
        {
            return 0;
        }

        if (i < text.Length && text[i] == ';')
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(text[1..i], ";"));
            if (symbol is not null)
            {
                written = Copy(symbol, decoded);
                return i + 1;
            }
        }

        // Legacy references without the semicolon: the longest known prefix of the name.
        for (var end = Math.Min(i, 9); end >= 3; end--)
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(text[1..end].ToString());
            if (symbol is null)
            {
                continue;
            }

            if (inAttribute && end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '='))
            {
                return 0;
            }

            written = Copy(symbol, decoded);
            return end;
        }

        return 0;
    }

    private static int Copy(string? symbol, Span<char> decoded)
    {
        if (string.IsNullOrEmpty(symbol))
        {
            decoded[0] = '\uFFFD';
            return 1;
        }

        var length = Math.Min(symbol.Length, decoded.Length);
        symbol.AsSpan(0, length).CopyTo(decoded);
        return length;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
