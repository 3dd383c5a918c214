using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Dyad.Ingest;

/// <summary>Chooses the encoding of an input's bytes and decodes them.</summary>
/// <remarks>
/// <para>The order follows the HTML encoding-sniffing algorithm: a byte-order mark wins; then a charset declared by the
/// transport (an HTTP <c>Content-Type</c> from a WARC record); then, for HTML, a <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration or an XML declaration in the first 4 KB; then UTF-16 without a mark when every other
/// byte is zero; then strict UTF-8; and when the bytes are not valid UTF-8, Windows-1252, which maps every byte, with a
/// warning naming the first bad byte.</para>
/// <para>As in browsers, the labels <c>iso-8859-1</c>, <c>latin1</c> and <c>us-ascii</c> decode as Windows-1252 (a superset)
/// and a declared UTF-16 in a byte stream without a mark is ignored. A declared UTF-8 that is not valid UTF-8 falls back
/// to Windows-1252 with a warning rather than producing replacement characters.</para>
/// <para>Thread-safe; allocation is the decoded string plus, on the error path, nothing proportional to the input.</para>
/// </remarks>
public static class EncodingDetector
{
    private const int PrescanBytes = 4096;

    private static readonly SearchValues<byte> ValueEnd = SearchValues.Create(" \t\r\n>/;\"'"u8);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static EncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>The Windows-1252 encoding (code pages registered).</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>Decodes <paramref name="bytes"/>, choosing the encoding as described on the type.</summary>
    /// <param name="bytes">The whole document.</param>
    /// <param name="declaredCharset">A charset from the transport (HTTP header), or null.</param>
    /// <param name="sniffHtml">Whether to look for an HTML meta charset or an XML declaration.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null, bool sniffHtml = false)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength, out var bomName))
        {
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomName + " (bom)", null);
        }

        string? warning = null;
        if (!string.IsNullOrWhiteSpace(declaredCharset))
        {
            var declared = Resolve(declaredCharset, out var label);
            if (declared is not null)
            {
                return DecodeDeclared(bytes, declared, label, "http content-type");
            }

            warning = $"unknown charset '{Shorten(declaredCharset)}' in the HTTP Content-Type; ignored";
        }

        if (sniffHtml && PrescanCharset(bytes, out var source) is { } metaLabel)
        {
            var declared = Resolve(metaLabel, out var label);
            if (declared is not null)
            {
                var result = DecodeDeclared(bytes, declared, label, source);
                return warning is null ? result : result with { Warning = Join(warning, result.Warning) };
            }

            warning = Join(warning, $"unknown charset '{Shorten(metaLabel)}' in the {source}; ignored");
        }

        if (DetectBomlessUtf16(bytes) is { } utf16)
        {
            var name = utf16.CodePage == 1200 ? "utf-16le" : "utf-16be";
            return new DecodedText(utf16.GetString(bytes), name + " (no bom: zero bytes alternate)", warning);
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt < 0)
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", warning);
        }

        return new DecodedText(
            Windows1252.GetString(bytes),
            "windows-1252 (fallback: invalid utf-8)",
            Join(warning, $"invalid UTF-8 at byte {invalidAt}; decoded as windows-1252"));
    }

    /// <summary>Finds a byte-order mark (UTF-32 LE/BE, UTF-8, UTF-16 LE/BE) at the start of <paramref name="bytes"/>.</summary>
    /// <returns>True with the encoding, the mark's length and a lower-case name when there is one.</returns>
    public static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length, out string name)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            (encoding, length, name) = (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "utf-32le");
            return true;
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            (encoding, length, name) = (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "utf-32be");
            return true;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            (encoding, length, name) = (StrictUtf8, 3, "utf-8");
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            (encoding, length, name) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2, "utf-16le");
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            (encoding, length, name) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2, "utf-16be");
            return true;
        }

        (encoding, length, name) = (StrictUtf8, 0, string.Empty);
        return false;
    }

    /// <summary>
    /// Resolves a charset label (<c>UTF-8</c>, <c>latin1</c>, <c>windows-1251</c>, <c>"iso-8859-1"</c>) to an encoding,
    /// or null when unknown. <paramref name="label"/> receives the cleaned, lower-case label.
    /// </summary>
    public static Encoding? Resolve(string charset, out string label)
    {
        ArgumentNullException.ThrowIfNull(charset);
        label = charset.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        switch (label)
        {
            case "" or "utf-7" or "utf7" or "csunicode11utf7" or "x-user-defined" or "replacement":
                // UTF-7 is refused by browsers (a script-injection vector); the others name no real encoding.
                return null;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return StrictUtf8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "iso_8859-1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819":
                // WHATWG: these labels all mean windows-1252, a superset that also maps 0x80-0x9F to printable characters.
                return Windows1252;
            default:
                try
                {
                    return Encoding.GetEncoding(label);
                }
                catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
                {
                    return null;
                }
        }
    }

    /// <summary>Looks for a charset in an HTML meta tag or an XML declaration in the first 4 KB; null when none.</summary>
    /// <param name="bytes">The document's bytes (an ASCII-compatible encoding is assumed, as declarations are ASCII).</param>
    /// <param name="source">Receives <c>html meta charset</c> or <c>xml declaration</c>.</param>
    public static string? PrescanCharset(ReadOnlySpan<byte> bytes, out string source)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        source = "xml declaration";
        if (head.StartsWith("<?xml"u8))
        {
            var end = head.IndexOf("?>"u8);
            var decl = end < 0 ? head : head[..end];
            if (AttributeValue(decl, "encoding"u8) is { } xmlEncoding)
            {
                return xmlEncoding;
            }
        }

        source = "html meta charset";
        var i = 0;
        while (i < head.Length)
        {
            var lt = head[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            if (i + 5 < head.Length && AsciiEqualsIgnoreCase(head.Slice(i + 1, 4), "meta"u8) && IsTagBreak(head[i + 5]))
            {
                var close = head[i..].IndexOf((byte)'>');
                var tag = close < 0 ? head[i..] : head.Slice(i, close);
                if (AttributeValue(tag, "charset"u8) is { } charset)
                {
                    return charset;
                }

                if (AttributeValue(tag, "content"u8) is { } content && CharsetFromContentType(content) is { } fromContent)
                {
                    return fromContent;
                }
            }

            i++;
        }

        return null;
    }

    /// <summary>The <c>charset</c> parameter of a MIME type such as <c>text/html; charset="windows-1251"</c>, or null.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = contentType.AsSpan(at + "charset".Length).TrimStart();
        if (rest.Length == 0 || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart();
        if (rest.Length > 0 && (rest[0] == '"' || rest[0] == '\''))
        {
            var quote = rest[0];
            rest = rest[1..];
            var endQuote = rest.IndexOf(quote);
            return (endQuote < 0 ? rest : rest[..endQuote]).Trim().ToString() is { Length: > 0 } q ? q : null;
        }

        var end = rest.IndexOfAny(';', ' ', ',');
        var value = (end < 0 ? rest : rest[..end]).Trim().ToString();
        return value.Length > 0 ? value : null;
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all of it is valid.</summary>
    public static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        // Error path only: walk the runes to name the first bad byte.
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding declared, string label, string source)
    {
        if (declared.CodePage is 1200 or 1201 or 12000 or 12001)
        {
            // A mark-less byte stream that declares UTF-16 in ASCII cannot be UTF-16; browsers use UTF-8 here.
            declared = StrictUtf8;
            label = "utf-8";
        }

        var evidence = declared.WebName.Equals(label, StringComparison.OrdinalIgnoreCase) ? source : $"{source}: {label}";
        if (declared.CodePage == 65001)
        {
            var invalidAt = FirstInvalidUtf8(bytes);
            if (invalidAt >= 0)
            {
                return new DecodedText(
                    Windows1252.GetString(bytes),
                    $"windows-1252 (fallback: {source} says utf-8, bytes are not)",
                    $"declared utf-8 ({source}) but invalid UTF-8 at byte {invalidAt}; decoded as windows-1252");
            }

            return new DecodedText(StrictUtf8.GetString(bytes), $"utf-8 ({evidence})", null);
        }

        return new DecodedText(declared.GetString(bytes), $"{declared.WebName} ({evidence})", null);
    }

    private static UnicodeEncoding? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (head.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0)
            {
                evenZeros++;
            }

            if (head[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = head.Length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }

    /// <summary>Whether bytes look like UTF-16 without a mark (for the binary check, which would see the zeros).</summary>
    internal static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes) => DetectBomlessUtf16(bytes) is not null;

    private static string? AttributeValue(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name)
    {
        var from = 0;
        while (from < tag.Length)
        {
            var at = IndexOfIgnoreCase(tag[from..], name);
            if (at < 0)
            {
                return null;
            }

            at += from;
            var after = at + name.Length;
            from = after;
            if (at > 0 && !IsTagBreak(tag[at - 1]))
            {
                continue;
            }

            var j = after;
            while (j < tag.Length && IsSpace(tag[j]))
            {
                j++;
            }

            if (j >= tag.Length || tag[j] != '=')
            {
                continue;
            }

            j++;
            while (j < tag.Length && IsSpace(tag[j]))
            {
                j++;
            }

            if (j >= tag.Length)
            {
                return null;
            }

            ReadOnlySpan<byte> value;
            if (tag[j] is (byte)'"' or (byte)'\'')
            {
                var quote = tag[j];
                var rest = tag[(j + 1)..];
                var end = rest.IndexOf(quote);
                value = end < 0 ? rest : rest[..end];
            }
            else
            {
                var rest = tag[j..];
                var end = rest.IndexOfAny(ValueEnd);
                value = end < 0 ? rest : rest[..end];
            }

            value = value.Trim(" \t\r\n"u8);
            return value.Length == 0 || value.Length > 200 ? null : Encoding.ASCII.GetString(value);
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (AsciiEqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool AsciiEqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if ((a[i] | 0x20) != (b[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f';

    private static bool IsTagBreak(byte b) => IsSpace(b) || b == '/' || b == '<' || b == ';' || b == '"' || b == '\'';

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;
}
