using System.Text;

namespace Dyad.Ingest.Tests;

/// <summary>Each kind of bad input named in the issue: a clear message naming the file, and the run goes on.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void ReportsEmptyFileByName()
    {
        using var dir = new TempFolder();
        var path = dir.File("empty.txt", []);

        var item = Reading.Single(path);

        Assert.True(item.IsFailure);
        Assert.Equal(path, item.Failure!.Locator);
        Assert.Equal("empty file", item.Failure.Reason);
    }

    [Fact]
    public void ReportsWhitespaceOnlyFileAsEmpty()
    {
        using var dir = new TempFolder();
        var path = dir.File("blank.txt", "  \n\t\r\n  ");

        var item = Reading.Single(path);

        Assert.Equal("empty file (only whitespace)", item.Failure?.Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "JPEG")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }, "ELF")]
    public void RefusesBinaryFileNamingWhatItLooksLike(byte[] magic, string kind)
    {
        using var dir = new TempFolder();
        var path = dir.File("article.txt", [.. magic, .. new byte[200]]);

        var item = Reading.Single(path);

        Assert.Equal(path, item.Failure?.Locator);
        Assert.StartsWith($"binary file (looks like {kind}", item.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesFileWithNulBytes()
    {
        using var dir = new TempFolder();
        var path = dir.File("article", [.. "Some text"u8, 0, 1, 2, 3, .. "more"u8]);

        var item = Reading.Single(path);

        Assert.Equal("binary file (NUL byte at offset 9)", item.Failure?.Reason);
    }

    [Fact]
    public void DecodesInvalidUtf8AsWindows1252WithAWarning()
    {
        using var dir = new TempFolder();
        var path = dir.File("cafe.txt", [.. "Le caf"u8, 0xE9, .. " est ouvert."u8]);

        var item = Reading.Single(path);

        Assert.False(item.IsFailure);
        Assert.Equal("Le café est ouvert.", item.Article!.Content);
        Assert.Equal("windows-1252 (fallback: invalid utf-8)", item.Article.Encoding);
        Assert.Equal("invalid UTF-8 at byte 6; decoded as windows-1252", item.Warning);
    }

    [Fact]
    public void ReportsTruncatedGzipAndKeepsNothingOfTheCutDocument()
    {
        using var dir = new TempFolder();
        var full = TempFolder.Gzip(string.Concat(Enumerable.Repeat("A paragraph of text that goes on. ", 2000)));
        var path = dir.File("cut.txt.gz", full[..(full.Length / 2)]);

        var item = Reading.Single(path);

        Assert.Equal(path, item.Failure?.Locator);
        Assert.StartsWith("truncated gzip stream", item.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsWholeGzipWithoutComplaint()
    {
        using var dir = new TempFolder();
        var path = dir.File("whole.txt.gz", TempFolder.Gzip("Kyiv, May 2 - Talks resumed."));

        var item = Reading.Single(path);

        Assert.Equal("Kyiv, May 2 - Talks resumed.", item.Article?.Content);
        Assert.Equal("whole", item.Article!.Name);
    }

    [Fact]
    public void ReadsConcatenatedGzipMembersOfOneDocumentAsWhole()
    {
        using var dir = new TempFolder();
        var path = dir.File("two.txt.gz", [.. TempFolder.Gzip("First half, "), .. TempFolder.Gzip(string.Concat(Enumerable.Repeat("second half. ", 100)))]);

        var item = Reading.Single(path);

        Assert.False(item.IsFailure, item.ToString());
        Assert.StartsWith("First half, second half.", item.Article!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsTruncatedWarcGzipAfterTheRecordsReadBeforeTheCut()
    {
        using var dir = new TempFolder();
        var good = Warc.GzipMembers(Warc.Info(), Warc.Response("https://example.org/a", "<html><body>First</body></html>"));
        var last = TempFolder.Gzip(Warc.Response("https://example.org/b", string.Concat(Enumerable.Repeat("<p>Second page text.</p>", 500))));
        var path = dir.File("crawl.warc.gz", [.. good, .. last[..(last.Length - 40)]]);

        var items = Reading.ReadAll(path);

        Assert.Equal(2, items.Count);
        Assert.Equal("<html><body>First</body></html>", items[0].Article?.Content);
        Assert.Equal(path, items[1].Failure?.Locator);
        Assert.StartsWith("truncated gzip stream", items[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsWarcRecordWithBrokenHeaderAndReadsTheNextRecord()
    {
        using var dir = new TempFolder();
        var broken = "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>lost</html>\r\n\r\n"u8.ToArray();
        var path = dir.File("mixed.warc", [.. broken, .. Warc.Response("https://example.org/good", "<html><body>Good</body></html>")]);

        var items = Reading.ReadAll(path);

        Assert.Equal(2, items.Count);
        Assert.Equal(path + "#1", items[0].Failure?.Locator);
        Assert.Equal("broken record header: no Content-Length", items[0].Failure!.Reason);
        Assert.Equal(path + "#2", items[1].Article?.Locator);
        Assert.Equal("https://example.org/good", items[1].Article!.Hints.Url);
    }

    [Fact]
    public void FailsGarbageWhereAWarcRecordShouldStartAndResynchronises()
    {
        using var dir = new TempFolder();
        var path = dir.File("garbage.warc", [
            .. Warc.Response("https://example.org/1", "<html>one</html>"),
            .. "this is not a record\r\nnor this\r\n"u8,
            .. Warc.Response("https://example.org/2", "<html>two</html>")]);

        var items = Reading.ReadAll(path);

        Assert.Equal(["<html>one</html>", null, "<html>two</html>"], items.Select(i => i.Article?.Content));
        Assert.Equal(path + "#2", items[1].Failure?.Locator);
        Assert.Equal("broken record header: expected a 'WARC/1.x' version line, found 'this is not a record'", items[1].Failure!.Reason);
    }

    [Fact]
    public void FailsMalformedJsonlLineByLineNumberAndReadsTheOthers()
    {
        using var dir = new TempFolder();
        var path = dir.File("batch.jsonl", "{\"text\": \"first\"}\n\n{\"text\": \"second\",}\n{\"text\": \"third\"}\n");

        var items = Reading.ReadAll(path);

        Assert.Equal(["first", null, "third"], items.Select(i => i.Article?.Content));
        Assert.Equal(path + ":3", items[1].Failure?.Locator);
        Assert.StartsWith("malformed JSON: ", items[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + ":4", items[2].Article?.Locator);
    }

    [Fact]
    public void FailsJsonlLineWithoutContent()
    {
        using var dir = new TempFolder();
        var path = dir.File("batch.jsonl", "{\"title\": \"no body\"}\n[1, 2]\n{\"text\": 5}\n");

        var reasons = Reading.ReadAll(path).Select(i => i.Failure?.Reason).ToList();

        Assert.Equal(["no \"text\" or \"html\" field", "malformed JSON: expected an object, found an array", "\"text\" is a number, expected a string"], reasons);
    }

    [Fact]
    public void RefusesDocumentOverTheLimitWithAClearMessage()
    {
        using var dir = new TempFolder();
        var path = dir.File("big.txt", new string('x', 5000));

        var item = Reading.Single(path, new IngestOptions { MaxDocumentBytes = 4096 });

        Assert.Equal(path, item.Failure?.Locator);
        Assert.Equal("document is 4.9 KB, over the 4 KB limit (--max-doc-mb)", item.Failure!.Reason);
    }

    [Fact]
    public void RefusesGzippedDocumentOverTheLimitWhileStreaming()
    {
        using var dir = new TempFolder();
        var path = dir.File("big.html.gz", TempFolder.Gzip(new string('x', 3 * 1024 * 1024)));

        var item = Reading.Single(path, new IngestOptions { MaxDocumentBytes = 1024 * 1024 });

        Assert.Equal("document is 3.0 MB, over the 1 MB limit (--max-doc-mb)", item.Failure?.Reason);
    }

    [Fact]
    public void RefusesJsonlLineOverTheLimitAndReadsTheNextLine()
    {
        using var dir = new TempFolder();
        var path = dir.File("lines.jsonl", $"{{\"text\": \"{new string('y', 3000)}\"}}\n{{\"text\": \"small\"}}\n");

        var items = Reading.ReadAll(path, new IngestOptions { MaxDocumentBytes = 2048 });

        Assert.Equal(path + ":1", items[0].Failure?.Locator);
        Assert.Equal("line is 2.9 KB, over the 2 KB limit (--max-doc-mb)", items[0].Failure!.Reason);
        Assert.Equal("small", items[1].Article?.Content);
    }

    [Fact]
    public void RefusesAnOversizedJsonlLineWithoutBufferingIt()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "long.jsonl");
        using (var f = new StreamWriter(path))
        {
            f.Write("{\"text\": \"");
            var chunk = new string('w', 1 << 16);
            for (var i = 0; i < 320; i++)
            {
                f.Write(chunk);
            }

            f.Write("\"}\n{\"text\": \"after\"}\n");
        }

        var reader = new ArticleReader(new IngestOptions { MaxDocumentBytes = 1024 * 1024 });
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var items = reader.Read(path).ToList();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("line is 20.0 MB, over the 1 MB limit (--max-doc-mb)", items[0].Failure?.Reason);
        Assert.Equal("after", items[1].Article?.Content);
        Assert.True(allocated < 6L * 1024 * 1024, $"allocated {allocated / 1024} KB for a 20 MB line");
    }

    [Fact]
    public void RefusesA200MegabyteDocumentWithoutAllocatingIt()
    {
        using var dir = new TempFolder();
        var plain = Path.Combine(dir.Path, "huge.txt");
        using (var f = new FileStream(plain, FileMode.Create))
        {
            f.SetLength(200L * 1024 * 1024 + 1);
            f.WriteByte((byte)'a');
        }

        var gz = Path.Combine(dir.Path, "huge.html.gz");
        using (var f = new FileStream(gz, FileMode.Create))
        using (var z = new System.IO.Compression.GZipStream(f, System.IO.Compression.CompressionLevel.Fastest))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text</p>\n", 3450)));
            for (long written = 0; written < 200L * 1024 * 1024; written += chunk.Length)
            {
                z.Write(chunk);
            }
        }

        var reader = new ArticleReader();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var plainItem = reader.Read(InputFile.FromPath(plain)).Single();
        var gzItem = reader.Read(InputFile.FromPath(gz)).Single();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("document is 200.0 MB, over the 64 MB limit (--max-doc-mb)", plainItem.Failure?.Reason);
        Assert.Equal("document is 200.0 MB, over the 64 MB limit (--max-doc-mb)", gzItem.Failure?.Reason);
        Assert.True(allocated < 80L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB reading a 200 MB document");
    }

    [Fact]
    public void ReportsUnreadableFileWithTheOperatingSystemReason()
    {
        using var dir = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "not-a-file.txt")).FullName;
        var gone = dir.File("gone.txt", "text");
        var input = InputFile.FromPath(gone);
        File.Delete(gone);

        var reader = new ArticleReader();
        var asFolder = reader.Read(new InputFile(folder, 0)).Single();
        var deleted = reader.Read(input).Single();

        Assert.Equal("cannot read: it is a directory, not a file", asFolder.Failure?.Reason);
        Assert.Equal(gone, deleted.Failure?.Locator);
        Assert.Equal("no such file or directory", deleted.Failure?.Reason);
    }

    [Fact]
    public void ReportsBrokenSymbolicLink()
    {
        using var dir = new TempFolder();
        var link = Path.Combine(dir.Path, "link.txt");
        File.CreateSymbolicLink(link, Path.Combine(dir.Path, "missing-target.txt"));

        var item = Reading.Single(link);
        var expanded = InputExpander.Expand([link]);

        Assert.StartsWith("broken symbolic link", item.Failure?.Reason, StringComparison.Ordinal);
        Assert.StartsWith("broken symbolic link", Assert.Single(expanded.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsFileWithoutReadPermissionWhenNotRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempFolder();
        var path = dir.File("locked.txt", "secret");
        File.SetUnixFileMode(path, UnixFileMode.None);
        var canStillRead = true;
        try
        {
            using var probe = File.OpenRead(path);
        }
        catch (UnauthorizedAccessException)
        {
            canStillRead = false;
        }

        var item = Reading.Single(path);

        if (canStillRead)
        {
            Assert.Equal("secret", item.Article?.Content); // root ignores permissions
        }
        else
        {
            Assert.StartsWith("cannot open: Access to the path", item.Failure?.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReportsMissingPath()
    {
        using var dir = new TempFolder();
        var missing = Path.Combine(dir.Path, "nope.txt");

        var expanded = InputExpander.Expand([missing]);
        var read = Reading.Single(missing);

        Assert.Empty(expanded.Files);
        Assert.Equal(new Dyad.Core.IngestFailure(missing, "no such file or directory"), Assert.Single(expanded.Failures));
        Assert.Equal("no such file or directory", read.Failure?.Reason);
    }
}
