using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>A whole file that is one article: plain text or HTML, perhaps gzipped.</summary>
internal sealed class DocumentSource : ItemSource
{
    private readonly SourceFormat? _format;
    private bool _done;

    /// <param name="context">The open input.</param>
    /// <param name="format">The format from the extension, or null to sniff.</param>
    public DocumentSource(InputContext context, SourceFormat? format)
        : base(context) => _format = format;

    public override bool TryNext(out IngestItem item)
    {
        if (_done)
        {
            item = default;
            return false;
        }

        _done = true;
        item = ReadDocument();
        return true;
    }

    private IngestItem ReadDocument()
    {
        var options = Context.Options;
        var limit = options.MaxDocumentBytes;
        if (!Context.Gzip && Context.FileLength > limit)
        {
            // Known up front: refuse without reading a byte of it.
            return IngestItem.Failed(Context.Path, SizeText.OverLimit("document", Context.FileLength, atLeast: false, options));
        }

        var expected = Context.FileLength;
        if (Context.Gzip && GzipIntegrity.DeclaredSize(Context.Path) is { } declared)
        {
            expected = declared;
            if (declared > limit)
            {
                // The trailer says it is too big: count it by streaming, never buffering.
                var size = Context.Reader.SkipToEnd();
                if (size > limit)
                {
                    return IngestItem.Failed(Context.Path, SizeText.OverLimit("document", size, atLeast: false, options));
                }

                return TruncationFailure($"{SizeText.Amount(size)} of content")
                    ?? IngestItem.Failed(Context.Path, "corrupt gzip stream: the trailer's size does not match the content");
            }
        }

        using var buffer = new ByteBuffer((int)Math.Clamp(expected + 1, 4096, limit + 1));
        Context.Reader.ReadInto(buffer, limit + 1);
        if (buffer.Length > limit)
        {
            var total = buffer.Length + Context.Reader.SkipToEnd();
            return IngestItem.Failed(Context.Path, SizeText.OverLimit("document", total, atLeast: false, options));
        }

        if (TruncationFailure($"{SizeText.Amount(buffer.Length)} of content") is { } truncated)
        {
            return truncated;
        }

        var bytes = buffer.Span;
        if (bytes.Length == 0)
        {
            return IngestItem.Failed(Context.Path, Context.Gzip ? "empty file (the gzip stream holds no data)" : "empty file");
        }

        if (ContentSniffer.DescribeBinary(bytes) is { } binary)
        {
            return IngestItem.Failed(Context.Path, binary);
        }

        var decoded = EncodingDetector.Decode(bytes, declaredCharset: null, sniffHtml: _format != SourceFormat.PlainText);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return IngestItem.Failed(Context.Path, "empty file (only whitespace)");
        }

        var format = _format ?? (ContentSniffer.LooksLikeHtml(decoded.Text) ? SourceFormat.Html : SourceFormat.PlainText);
        var article = new RawArticle(Context.Path, Context.Stem, format, decoded.Text, new ArticleHints { Origin = "file" }, decoded.Encoding);
        return IngestItem.Success(article, decoded.Warning);
    }
}
