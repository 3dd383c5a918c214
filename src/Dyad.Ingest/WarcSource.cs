using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>
/// A WARC file (1.0 or 1.1), read record by record: HTTP <c>response</c> records that carry an HTML page become
/// articles; requests, metadata, warcinfo, redirects, errors and non-HTML responses are skipped and counted.
/// </summary>
/// <remarks>
/// A record whose header is broken (no <c>WARC/</c> version line, no or a bad <c>Content-Length</c>) fails alone: the
/// reader then resynchronises on the next line that starts with <c>WARC/1.</c>. <c>WARC-Target-URI</c> becomes the
/// URL hint; <c>WARC-Date</c> is the crawl date, not the publication date, and is not used. The HTTP payload is
/// de-chunked and decompressed (gzip, deflate, br) when its headers say so and its bytes agree (Common Crawl stores
/// payloads already decoded), and decoded with the charset of its <c>Content-Type</c> when it has one.
/// </remarks>
internal sealed class WarcSource : ItemSource
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaderLines = 1000;
    private const int HttpHeadAllowance = 64 * 1024;

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    private readonly ArticleReader _owner;
    private readonly ByteBuffer _line = new(4096);
    private readonly ByteBuffer _block = new();
    private readonly ByteBuffer _payload = new();
    private readonly Queue<IngestItem> _final = new();
    private bool _pendingVersionLine;
    private bool _ended;
    private int _record;
    private int _produced;

    public WarcSource(InputContext context, ArticleReader owner)
        : base(context) => _owner = owner;

    public override string CurrentLocator => _record == 0 ? Context.Path : RecordLocator;

    private string RecordLocator => $"{Context.Path}#{_record.ToString(CultureInfo.InvariantCulture)}";

    public override bool TryNext(out IngestItem item)
    {
        while (!_ended)
        {
            if (!NextVersionLine(out var tooLong))
            {
                End();
                break;
            }

            _record++;
            var first = TrimCr(_line.Span);
            if (tooLong || !first.StartsWith("WARC/"u8))
            {
                item = Fail($"broken record header: expected a 'WARC/1.x' version line, found '{Preview(first)}'");
                Resync();
                return true;
            }

            if (ReadRecord() is { } produced)
            {
                item = produced;
                return true;
            }
        }

        return _final.TryDequeue(out item);
    }

    protected override void DisposeBuffers()
    {
        _line.Dispose();
        _block.Dispose();
        _payload.Dispose();
    }

    private IngestItem? ReadRecord()
    {
        string? type = null, targetUri = null, contentType = null, lengthText = null;
        var lines = 0;
        while (true)
        {
            var length = Context.Reader.ReadLine(_line, MaxHeaderLine, out var tooLong);
            if (length < 0)
            {
                End();
                return Fail("truncated record: the file ends inside the record header");
            }

            if (tooLong)
            {
                var failure = Fail($"broken record header: a header line is {SizeText.Amount(length)} long");
                Resync();
                return failure;
            }

            var line = TrimCr(_line.Span);
            if (line.Length == 0)
            {
                break;
            }

            if (++lines > MaxHeaderLines)
            {
                var failure = Fail($"broken record header: more than {MaxHeaderLines} header lines");
                Resync();
                return failure;
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                continue; // a folded continuation of the previous field; none of the fields used here are folded in practice
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                if (line.StartsWith("WARC/1."u8))
                {
                    // The previous record's header never ended: a new record starts here.
                    var failure = Fail("broken record header: no blank line before the next record");
                    _pendingVersionLine = true;
                    return failure;
                }

                var broken = Fail($"broken record header: a line without a field name: '{Preview(line)}'");
                Resync();
                return broken;
            }

            var name = line[..colon].Trim(" \t"u8);
            var value = Ascii(line[(colon + 1)..].Trim(" \t"u8));
            if (EncodingDetector.AsciiEqualsIgnoreCase(name, "WARC-Type"u8))
            {
                type = value;
            }
            else if (EncodingDetector.AsciiEqualsIgnoreCase(name, "Content-Length"u8))
            {
                lengthText = value;
            }
            else if (EncodingDetector.AsciiEqualsIgnoreCase(name, "WARC-Target-URI"u8))
            {
                targetUri = value.Trim('<', '>');
            }
            else if (EncodingDetector.AsciiEqualsIgnoreCase(name, "Content-Type"u8))
            {
                contentType = value;
            }
        }

        if (lengthText is null)
        {
            var failure = Fail("broken record header: no Content-Length");
            Resync();
            return failure;
        }

        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var blockLength))
        {
            var failure = Fail($"broken record header: invalid Content-Length '{Preview(lengthText)}'");
            Resync();
            return failure;
        }

        var isHttpResponse = string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
            && contentType is not null && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
        if (!isHttpResponse)
        {
            return SkipBlock(blockLength);
        }

        return ReadResponse(blockLength, targetUri);
    }

    private IngestItem? SkipBlock(long blockLength)
    {
        var skipped = Context.Reader.Skip(blockLength);
        if (skipped < blockLength)
        {
            return Truncated(skipped, blockLength);
        }

        _owner.CountSkippedRecord();
        return null;
    }

    private IngestItem? ReadResponse(long blockLength, string? targetUri)
    {
        var options = Context.Options;
        _block.Clear();

        // The HTTP head first: most records are decided on it (redirects, non-HTML, oversized), so their bodies are
        // skipped without being buffered.
        var want = Math.Min(blockLength, HttpHeadAllowance);
        var got = Context.Reader.ReadInto(_block, want);
        if (got < want)
        {
            return Truncated(got, blockLength);
        }

        var headEnd = FindHeadEnd(_block.Span, out var bodyStart);
        if (headEnd < 0)
        {
            return SkipRest(blockLength - got) ?? Fail("broken HTTP header in the response record (no blank line after the headers)");
        }

        var head = ParseHttpHead(_block.Span[..headEnd]);
        if (head is null)
        {
            var failure = Fail($"broken HTTP status line: '{Preview(TrimCr(FirstLine(_block.Span)))}'");
            return SkipRest(blockLength - got) ?? failure;
        }

        var (status, mediaType, charset, transferEncoding, contentEncoding) = head.Value;
        var html = mediaType is "text/html" or "application/xhtml+xml"
            || mediaType.Length == 0 && ContentSniffer.LooksLikeHtml(Ascii(_block.Span[bodyStart..Math.Min(_block.Length, bodyStart + 1024)]));
        if (status is < 200 or > 299 || !html)
        {
            if (SkipRest(blockLength - got) is { } truncatedSkip)
            {
                return truncatedSkip;
            }

            _owner.CountSkippedRecord();
            return null;
        }

        var payloadLength = blockLength - bodyStart;
        if (payloadLength > options.MaxDocumentBytes)
        {
            return SkipRest(blockLength - got) ?? Fail(SizeText.OverLimit("HTML payload", payloadLength, atLeast: false, options));
        }

        var rest = blockLength - got;
        var more = Context.Reader.ReadInto(_block, rest);
        if (more < rest)
        {
            return Truncated(got + more, blockLength);
        }

        var block = _block.Span;
        var body = block[bodyStart..];
        if (transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) && LooksChunked(body))
        {
            _payload.Clear();
            if (!Dechunk(body, _payload))
            {
                return Fail("malformed chunked HTTP payload");
            }

            body = _payload.Span;
        }

        if (contentEncoding.Length > 0 && !contentEncoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            var decodedBody = Decompress(body, contentEncoding, out var error);
            if (error is not null)
            {
                return Fail(error);
            }

            body = decodedBody;
        }

        if (body.Length > options.MaxDocumentBytes)
        {
            return Fail(SizeText.OverLimit("HTML payload", body.Length, atLeast: false, options));
        }

        if (IsBlank(body))
        {
            _owner.CountSkippedRecord();
            return null;
        }

        if (ContentSniffer.DescribeBinary(body) is { } binary)
        {
            return Fail(binary.Replace("binary file", "binary payload", StringComparison.Ordinal));
        }

        var decoded = EncodingDetector.Decode(body, charset, sniffHtml: true);
        var hints = new ArticleHints { Url = string.IsNullOrWhiteSpace(targetUri) ? null : targetUri, Origin = "warc" };
        var name = $"{Context.Stem}-{_record.ToString(CultureInfo.InvariantCulture)}";
        _produced++;
        return IngestItem.Success(new RawArticle(RecordLocator, name, SourceFormat.Html, decoded.Text, hints, decoded.Encoding), decoded.Warning);
    }

    private ReadOnlySpan<byte> Decompress(ReadOnlySpan<byte> body, string contentEncoding, out string? error)
    {
        error = null;
        var coding = contentEncoding.Trim().ToLowerInvariant();
        var isGzip = body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;
        Stream? decoder;
        var source = new MemoryStream(body.ToArray(), writable: false);
        switch (coding)
        {
            case "gzip" or "x-gzip":
                if (!isGzip)
                {
                    return body; // already decoded by the crawler, which kept the header
                }

                decoder = new GZipStream(source, CompressionMode.Decompress);
                break;
            case "deflate":
                var zlib = body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
                decoder = zlib ? new ZLibStream(source, CompressionMode.Decompress) : new DeflateStream(source, CompressionMode.Decompress);
                break;
            case "br":
                decoder = new BrotliStream(source, CompressionMode.Decompress);
                break;
            default:
                error = $"unsupported HTTP Content-Encoding '{Preview(contentEncoding)}'";
                return body;
        }

        var target = new ByteBuffer();
        try
        {
            using (decoder)
            {
                var limit = Context.Options.MaxDocumentBytes;
                int n;
                while ((n = decoder.Read(target.GetFree(64 * 1024)[..(64 * 1024)])) > 0)
                {
                    target.Advance(n);
                    if (target.Length > limit)
                    {
                        error = SizeText.OverLimit("HTML payload (decompressed)", target.Length, atLeast: true, Context.Options);
                        return body;
                    }
                }
            }

            if (target.Length == 0 && body.Length > 0 && coding != "gzip")
            {
                error = $"HTTP payload could not be decoded as {coding}";
                return body;
            }

            _payload.Clear();
            _payload.Append(target.Span);
            return _payload.Span;
        }
        catch (InvalidDataException ex)
        {
            error = $"HTTP payload could not be decoded as {coding}: {ex.Message}";
            return body;
        }
        finally
        {
            target.Dispose();
        }
    }

    private IngestItem? SkipRest(long count)
    {
        var skipped = Context.Reader.Skip(count);
        return skipped < count ? Truncated(skipped, count) : null;
    }

    private IngestItem Truncated(long got, long blockLength)
    {
        _ended = true;
        if (TruncationFailure($"{_record - 1} complete records") is { } gzip)
        {
            return gzip; // the gzip stream was cut: say so once, for the file
        }

        return Fail($"truncated record: the file ends {got} bytes into a {blockLength}-byte block");
    }

    private bool NextVersionLine(out bool tooLong)
    {
        tooLong = false;
        if (_pendingVersionLine)
        {
            _pendingVersionLine = false;
            return true;
        }

        long length;
        do
        {
            length = Context.Reader.ReadLine(_line, MaxHeaderLine, out tooLong);
        }
        while (length >= 0 && !tooLong && IsBlank(_line.Span));
        return length >= 0;
    }

    /// <summary>Skips lines until one starts with <c>WARC/1.</c>, leaving it pending as the next record's first line.</summary>
    private void Resync()
    {
        while (true)
        {
            var length = Context.Reader.ReadLine(_line, MaxHeaderLine, out var tooLong);
            if (length < 0)
            {
                return;
            }

            if (!tooLong && _line.Span.StartsWith("WARC/1."u8))
            {
                _pendingVersionLine = true;
                return;
            }
        }
    }

    private void End()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (TruncationFailure($"{_record} records") is { } truncated)
        {
            _final.Enqueue(truncated);
        }
        else if (_record == 0)
        {
            _final.Enqueue(IngestItem.Failed(Context.Path, "empty file (no WARC records)"));
        }
    }

    private IngestItem Fail(string reason) => IngestItem.Failed(RecordLocator, reason);

    private static int FindHeadEnd(ReadOnlySpan<byte> block, out int bodyStart)
    {
        var crlf = block.IndexOf("\r\n\r\n"u8);
        var lf = block.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            bodyStart = crlf + 4;
            return crlf;
        }

        bodyStart = lf + 2;
        return lf;
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> block)
    {
        var nl = block.IndexOf((byte)'\n');
        return nl < 0 ? block[..Math.Min(block.Length, 200)] : block[..nl];
    }

    private static (int Status, string MediaType, string? Charset, string TransferEncoding, string ContentEncoding)? ParseHttpHead(ReadOnlySpan<byte> head)
    {
        var nl = head.IndexOf((byte)'\n');
        var statusLine = TrimCr(nl < 0 ? head : head[..nl]);
        if (!statusLine.StartsWith("HTTP/"u8))
        {
            return null;
        }

        var space = statusLine.IndexOf((byte)' ');
        if (space < 0 || statusLine.Length < space + 4 || !int.TryParse(statusLine.Slice(space + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        string mediaType = string.Empty, transfer = string.Empty, content = string.Empty;
        string? charset = null;
        var rest = nl < 0 ? [] : head[(nl + 1)..];
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = TrimCr(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? [] : rest[(end + 1)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim(" \t"u8);
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (EncodingDetector.AsciiEqualsIgnoreCase(name, "Content-Type"u8))
            {
                var full = Ascii(value);
                var semi = full.IndexOf(';', StringComparison.Ordinal);
                mediaType = (semi < 0 ? full : full[..semi]).Trim().ToLowerInvariant();
                charset = EncodingDetector.CharsetFromContentType(full);
            }
            else if (EncodingDetector.AsciiEqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                transfer = Ascii(value);
            }
            else if (EncodingDetector.AsciiEqualsIgnoreCase(name, "Content-Encoding"u8))
            {
                content = Ascii(value);
            }
        }

        return (status, mediaType, charset, transfer, content);
    }

    private static bool LooksChunked(ReadOnlySpan<byte> body)
    {
        var nl = body.IndexOf((byte)'\n');
        if (nl <= 0)
        {
            return false;
        }

        var size = TrimCr(body[..nl]);
        var semi = size.IndexOf((byte)';');
        size = (semi < 0 ? size : size[..semi]).Trim(" \t"u8);
        return size.Length is > 0 and <= 16 && size.IndexOfAnyExcept(HexDigits) < 0;
    }

    private static bool Dechunk(ReadOnlySpan<byte> body, ByteBuffer target)
    {
        while (true)
        {
            var nl = body.IndexOf((byte)'\n');
            if (nl < 0)
            {
                return target.Length > 0; // a missing final chunk: keep what arrived
            }

            var sizeText = TrimCr(body[..nl]);
            var semi = sizeText.IndexOf((byte)';');
            sizeText = (semi < 0 ? sizeText : sizeText[..semi]).Trim(" \t"u8);
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return false;
            }

            body = body[(nl + 1)..];
            if (size == 0)
            {
                return true;
            }

            if (size > body.Length)
            {
                target.Append(body);
                return true; // cut short by the crawler's payload limit: keep what arrived
            }

            target.Append(body[..(int)size]);
            body = body[(int)size..];
            if (body.StartsWith("\r\n"u8))
            {
                body = body[2..];
            }
            else if (body.StartsWith("\n"u8))
            {
                body = body[1..];
            }
        }
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private static string Preview(ReadOnlySpan<byte> bytes)
    {
        var s = bytes[..Math.Min(bytes.Length, 60)];
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            chars[i] = s[i] is >= 0x20 and < 0x7F ? (char)s[i] : '?';
        }

        return new string(chars) + (bytes.Length > 60 ? "..." : string.Empty);
    }

    private static string Preview(string s) => s.Length <= 60 ? s : s[..60] + "...";
}
