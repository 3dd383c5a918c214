using System.Text;

namespace Dyad.Evaluation.Html;

/// <summary>Decodes the bytes of an HTML page: a byte-order mark wins, then a charset declared in the first
/// kilobytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content), then UTF-8.</summary>
internal static class HtmlPageDecoder
{
    private const int Prescan = 4096;

    static HtmlPageDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8 (bom)";
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "utf-16le (bom)";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "utf-16be (bom)";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = DeclaredCharset(bytes[..Math.Min(bytes.Length, Prescan)]);
        if (declared is not null && !declared.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase)
            && !declared.StartsWith("utf8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                // A page that declares UTF-16 in ASCII bytes is really ASCII-compatible; HTML says read it as UTF-8.
                if (!declared.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase))
                {
                    var encoding = Encoding.GetEncoding(declared);
                    encodingName = encoding.WebName + " (declared)";
                    return encoding.GetString(bytes);
                }
            }
            catch (ArgumentException)
            {
                // Unknown charset name: fall through to UTF-8.
            }
        }

        encodingName = declared is null ? "utf-8 (default)" : "utf-8 (declared)";
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The charset named by a <c>charset=</c> in the prescan bytes, read as ASCII.</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var at = 0;
        while (true)
        {
            var meta = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase);
            if (meta < 0)
            {
                return null;
            }

            var close = text.IndexOf('>', meta);
            if (close < 0)
            {
                return null;
            }

            var tag = text.AsSpan(meta, close - meta);
            var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                var rest = tag[(charset + 7)..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    rest = rest[1..].TrimStart().TrimStart("\"'");
                    var end = 0;
                    while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '-' or '_' or ':' or '.'))
                    {
                        end++;
                    }

                    if (end > 0)
                    {
                        return rest[..end].ToString();
                    }
                }
            }

            at = close;
        }
    }
}
