namespace Dyad.Ingest;

/// <summary>Cheap looks at the first bytes of an input: binary formats, gzip, WARC, JSONL, HTML.</summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes the sniffers look at.</summary>
    public const int HeadBytes = 8192;

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>A reason such as <c>binary file (looks like PDF)</c> when the head is not text; null when it may be text.</summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> head)
    {
        if (MagicName(head) is { } magic)
        {
            return $"binary file (looks like {magic})";
        }

        head = head[..Math.Min(head.Length, HeadBytes)];
        if (EncodingDetector.TryBom(head, out _, out var bomLength, out _) && bomLength != 3)
        {
            return null; // UTF-16/32 text holds zero bytes by design.
        }

        if (EncodingDetector.LooksLikeBomlessUtf16(head))
        {
            return null;
        }

        var controls = 0;
        for (var i = 0; i < head.Length; i++)
        {
            var b = head[i];
            if (b == 0)
            {
                return $"binary file (NUL byte at offset {i})";
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x1B))
            {
                controls++;
            }
        }

        return head.Length > 0 && controls * 10 > head.Length
            ? $"binary file ({controls * 100 / head.Length}% control bytes in the first {head.Length} bytes)"
            : null;
    }

    public static bool LooksLikeWarc(ReadOnlySpan<byte> head) => head.StartsWith("WARC/"u8);

    public static bool LooksLikeJsonl(ReadOnlySpan<byte> head)
    {
        head = SkipBomAndSpace(head);
        if (head.Length < 2 || head[0] != '{')
        {
            return false;
        }

        var rest = SkipBomAndSpace(head[1..]);
        return rest.Length > 0 && (rest[0] == '"' || rest[0] == '}');
    }

    /// <summary>Whether the text starts like an HTML page: a doctype, or an html/head/body tag in its first 1024 characters.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..].TrimStart();
        }

        text = text[..Math.Min(text.Length, 1024)];
        if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Length == 0 || text[0] != '<')
        {
            return false;
        }

        return HasTag(text, "<html") || HasTag(text, "<head") || HasTag(text, "<body");
    }

    private static bool HasTag(ReadOnlySpan<char> text, string open)
    {
        var at = text.IndexOf(open, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var after = at + open.Length;
            if (after >= text.Length || text[after] is '>' or ' ' or '\t' or '\r' or '\n' or '/')
            {
                return true;
            }

            var next = text[after..].IndexOf(open, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : after + next;
        }

        return false;
    }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            s = s[3..];
        }

        return s.TrimStart(" \t\r\n"u8);
    }

    private static string? MagicName(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("%PDF-"u8))
        {
            return "PDF";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "PNG";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return "GIF";
        }

        if (h.StartsWith("PK"u8) && h.Length >= 4 && h[2] is 3 or 5 or 7 && h[3] is 4 or 6 or 8)
        {
            return "ZIP (also DOCX, XLSX, EPUB)";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']))
        {
            return "ELF executable";
        }

        if (h.StartsWith("BZh"u8) && h.Length >= 4 && h[3] is >= (byte)'1' and <= (byte)'9')
        {
            return "bzip2, which is not supported: decompress it or recompress with gzip";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0]))
        {
            return "xz, which is not supported: decompress it or recompress with gzip";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "zstd, which is not supported: decompress it or recompress with gzip";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return "7-Zip";
        }

        if (h.StartsWith("SQLite format 3\0"u8))
        {
            return "SQLite database";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "legacy Microsoft Office document";
        }

        if (h.Length >= 12 && h[4..].StartsWith("ftyp"u8))
        {
            return "MP4/QuickTime media";
        }

        if (h.StartsWith("RIFF"u8))
        {
            return "RIFF media (WAV, AVI, WebP)";
        }

        return null;
    }
}
