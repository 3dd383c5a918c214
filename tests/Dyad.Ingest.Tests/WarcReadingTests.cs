using System.IO.Compression;
using System.Text;
using Dyad.Core;

namespace Dyad.Ingest.Tests;

public sealed class WarcReadingTests
{
    [Fact]
    public void ReadsHtmlResponsesFromConcatenatedGzipMembersAndSkipsTheRest()
    {
        using var dir = new TempFolder();
        var path = dir.File("CC-NEWS-20240501.warc.gz", Warc.GzipMembers(
            Warc.Info(),
            Warc.Request("https://example.org/a"),
            Warc.Response("https://example.org/a", "<html><body>Alpha</body></html>"),
            Warc.Record("metadata", "https://example.org/a", "application/warc-fields", "fetchTimeMs: 12\r\n"u8.ToArray()),
            Warc.Response("https://example.org/b.json", "{\"a\": 1}", contentType: "application/json"),
            Warc.Response("https://example.org/moved", "<html>moved</html>", status: 301),
            Warc.Response("https://example.org/c", "<html><body>Gamma</body></html>")));
        var reader = new ArticleReader();

        var items = reader.Read(InputFile.FromPath(path)).ToList();

        Assert.Equal(2, items.Count);
        var alpha = items[0].Article!;
        Assert.Equal((path + "#3", "CC-NEWS-20240501-3", SourceFormat.Html, "<html><body>Alpha</body></html>"), (alpha.Locator, alpha.Name, alpha.Format, alpha.Content));
        Assert.Equal(new ArticleHints { Url = "https://example.org/a", Origin = "warc" }, alpha.Hints);
        Assert.Equal("utf-8 (http content-type)", alpha.Encoding);
        Assert.Equal(path + "#7", items[1].Article!.Locator);
        Assert.Equal(5, reader.SkippedRecords);
    }

    [Fact]
    public void ReadsWarc10WithAngleBracketedTargetUri()
    {
        using var dir = new TempFolder();
        var path = dir.File("old.warc", Warc.Record("response", "<http://example.org/old>", "application/http; msgtype=response", Warc.Http("<html>old</html>"), version: "WARC/1.0"));

        var article = Reading.Single(path).Article!;

        Assert.Equal("http://example.org/old", article.Hints.Url);
    }

    [Fact]
    public void DechunksChunkedPayload()
    {
        using var dir = new TempFolder();
        var chunked = "7\r\n<html>P\r\n13;ext=1\r\nart two of the page\r\n7\r\n</html>\r\n0\r\n\r\n"u8.ToArray();
        var block = Warc.Http(chunked, extraHeaders: "Transfer-Encoding: chunked\r\n");
        var path = dir.File("chunked.warc", Warc.Record("response", "https://example.org/c", "application/http; msgtype=response", block));

        Assert.Equal("<html>Part two of the page</html>", Reading.Single(path).Article?.Content);
    }

    [Fact]
    public void KeepsPayloadThatWasDechunkedByTheCrawlerDespiteTheHeader()
    {
        using var dir = new TempFolder();
        var block = Warc.Http("<html>already plain</html>", extraHeaders: "Transfer-Encoding: chunked\r\n");
        var path = dir.File("plain.warc", Warc.Record("response", "https://example.org/p", "application/http; msgtype=response", block));

        Assert.Equal("<html>already plain</html>", Reading.Single(path).Article?.Content);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public void DecompressesContentEncodedPayload(string coding)
    {
        using var dir = new TempFolder();
        var html = Encoding.UTF8.GetBytes("<html><body>Compressed ünïcode page</body></html>");
        using var packed = new MemoryStream();
        using (Stream z = coding switch
        {
            "gzip" => new GZipStream(packed, CompressionLevel.Fastest, true),
            "deflate" => new ZLibStream(packed, CompressionLevel.Fastest, true),
            _ => new BrotliStream(packed, CompressionLevel.Fastest, true),
        })
        {
            z.Write(html);
        }

        var block = Warc.Http(packed.ToArray(), extraHeaders: $"Content-Encoding: {coding}\r\n");
        var path = dir.File("enc.warc.gz", Warc.GzipMembers(Warc.Record("response", "https://example.org/z", "application/http; msgtype=response", block)));

        Assert.Equal("<html><body>Compressed ünïcode page</body></html>", Reading.Single(path).Article?.Content);
    }

    [Fact]
    public void FailsRecordWithCorruptCompressedPayloadAndGoesOn()
    {
        using var dir = new TempFolder();
        var bad = Warc.Http([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF], extraHeaders: "Content-Encoding: gzip\r\n");
        var path = dir.File("bad.warc", [
            .. Warc.Record("response", "https://example.org/bad", "application/http; msgtype=response", bad),
            .. Warc.Response("https://example.org/ok", "<html>ok</html>")]);

        var items = Reading.ReadAll(path);

        Assert.Equal(path + "#1", items[0].Failure?.Locator);
        Assert.StartsWith("HTTP payload could not be decoded as gzip", items[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("<html>ok</html>", items[1].Article?.Content);
    }

    [Fact]
    public void DecodesPayloadWithCharsetFromHttpHeader()
    {
        using var dir = new TempFolder();
        var body = EncodingDetector.Resolve("windows-1251", out _)!.GetBytes("<html><body>Путин</body></html>");
        var block = Warc.Http(body, contentType: "text/html; charset=windows-1251");
        var path = dir.File("ru.warc", Warc.Record("response", "https://example.ru/", "application/http; msgtype=response", block));

        var article = Reading.Single(path).Article!;

        Assert.Equal("<html><body>Путин</body></html>", article.Content);
        Assert.Equal("windows-1251 (http content-type)", article.Encoding);
    }

    [Fact]
    public void FailsRecordWithInvalidContentLengthAndResynchronises()
    {
        using var dir = new TempFolder();
        var broken = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>x</html>\r\n\r\n"u8.ToArray();
        var path = dir.File("len.warc.gz", Warc.GzipMembers(broken, Warc.Response("https://example.org/next", "<html>next</html>")));

        var items = Reading.ReadAll(path);

        Assert.Equal("broken record header: invalid Content-Length 'twelve'", items[0].Failure?.Reason);
        Assert.Equal((path + "#2", "<html>next</html>"), (items[1].Article?.Locator, items[1].Article?.Content));
    }

    [Fact]
    public void FailsRecordWithBrokenHttpStatusLine()
    {
        using var dir = new TempFolder();
        var path = dir.File("http.warc", Warc.Record("response", "https://example.org/", "application/http; msgtype=response", "GARBAGE\r\n\r\n<html></html>"u8.ToArray()));

        Assert.Equal("broken HTTP status line: 'GARBAGE'", Reading.Single(path).Failure?.Reason);
    }

    [Fact]
    public void RefusesOversizedPayloadButReadsTheNextRecord()
    {
        using var dir = new TempFolder();
        var path = dir.File("big.warc", [
            .. Warc.Response("https://example.org/big", "<html>" + new string('x', 300_000) + "</html>"),
            .. Warc.Response("https://example.org/small", "<html>small</html>")]);

        var items = Reading.ReadAll(path, new IngestOptions { MaxDocumentBytes = 100_000 });

        Assert.Equal(path + "#1", items[0].Failure?.Locator);
        Assert.Equal("HTML payload is 293.0 KB, over the 0.095 MB limit (--max-doc-mb)", items[0].Failure!.Reason);
        Assert.Equal("<html>small</html>", items[1].Article?.Content);
    }

    [Fact]
    public void ReportsTruncatedUncompressedRecord()
    {
        using var dir = new TempFolder();
        var record = Warc.Response("https://example.org/", "<html>" + new string('x', 1000) + "</html>");
        var path = dir.File("cut.warc", record[..(record.Length - 500)]);

        var failure = Reading.Single(path).Failure;

        Assert.Equal(path + "#1", failure?.Locator);
        Assert.StartsWith("truncated record: the file ends", failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SniffsWarcWithoutExtension()
    {
        using var dir = new TempFolder();
        var path = dir.File("crawl-file", Warc.Response("https://example.org/", "<html>sniffed</html>"));

        Assert.Equal("<html>sniffed</html>", Reading.Single(path).Article?.Content);
    }
}
