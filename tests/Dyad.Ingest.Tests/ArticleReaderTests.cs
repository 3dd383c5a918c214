using Dyad.Core;

namespace Dyad.Ingest.Tests;

public sealed class ArticleReaderTests
{
    [Fact]
    public void ReadsPlainTextFileAsIsWithFileHints()
    {
        using var dir = new TempFolder();
        var path = dir.File("story.txt", "Headline\r\n\r\nBody text.\r\n");

        var article = Reading.Single(path).Article!;

        Assert.Equal(new RawArticle(path, "story", SourceFormat.PlainText, "Headline\r\n\r\nBody text.\r\n", new ArticleHints { Origin = "file" }, "utf-8"), article);
    }

    [Fact]
    public void ReadsHtmlByExtensionEvenWhenItDoesNotLookLikeAPage()
    {
        using var dir = new TempFolder();
        var path = dir.File("fragment.htm", "<p>Just a paragraph.</p>");

        Assert.Equal(SourceFormat.Html, Reading.Single(path).Article?.Format);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", SourceFormat.Html)]
    [InlineData("\n  <html lang=\"en\"><body>x</body></html>", SourceFormat.Html)]
    [InlineData("<head><title>t</title></head><body>x</body>", SourceFormat.Html)]
    [InlineData("Text that mentions <html> later on.", SourceFormat.PlainText)]
    [InlineData("<htmlish>not a page</htmlish>", SourceFormat.PlainText)]
    public void SniffsFormatOfFilesWithoutAKnownExtension(string content, SourceFormat expected)
    {
        using var dir = new TempFolder();
        var path = dir.File("article-42", content);

        Assert.Equal(expected, Reading.Single(path).Article?.Format);
    }

    [Fact]
    public void KeepsTextExtensionAsPlainTextEvenWhenItLooksLikeHtml()
    {
        using var dir = new TempFolder();
        var path = dir.File("page.txt", "<html><body>x</body></html>");

        Assert.Equal(SourceFormat.PlainText, Reading.Single(path).Article?.Format);
    }

    [Fact]
    public void DetectsGzipByMagicBytesAndStripsGzFromTheName()
    {
        using var dir = new TempFolder();
        var byExtension = dir.File("a.html.gz", TempFolder.Gzip("<html><body>A</body></html>"));
        var byMagic = dir.File("b.html", TempFolder.Gzip("<html><body>B</body></html>"));

        var a = Reading.Single(byExtension).Article!;
        var b = Reading.Single(byMagic).Article!;

        Assert.Equal(("a", SourceFormat.Html, "<html><body>A</body></html>"), (a.Name, a.Format, a.Content));
        Assert.Equal(("b", "<html><body>B</body></html>"), (b.Name, b.Content));
    }

    [Fact]
    public void ReadsHtmlDeclaringItsCharset()
    {
        using var dir = new TempFolder();
        var html = "<html><head><meta charset=\"windows-1251\"></head><body>Кремль</body></html>";
        var path = dir.File("ru.html", EncodingDetector.Resolve("windows-1251", out _)!.GetBytes(html));

        var item = Reading.Single(path);

        Assert.Equal(html, item.Article?.Content);
        Assert.Equal("windows-1251 (html meta charset)", item.Article!.Encoding);
        Assert.Null(item.Warning);
    }

    [Fact]
    public void ReadsJsonlFieldsAsHintsAndNamesByIdOrLine()
    {
        using var dir = new TempFolder();
        var path = dir.File("feed.jsonl",
            "{\"id\": \"afp-1\", \"text\": \"Body one\", \"url\": \"https://example.org/1\", \"title\": \"One\", \"source\": \"AFP\", \"author\": \"A. Writer\", \"published\": \"2012-06-18\", \"extra\": [1, {\"x\": 2}]}\n" +
            "{\"html\": \"<p>Two</p>\", \"docid\": 7, \"date\": \"1997-04-01\"}\r\n" +
            "{\"text\": \"Three\"}");

        var items = Reading.ReadAll(path);

        Assert.All(items, i => Assert.False(i.IsFailure));
        var one = items[0].Article!;
        Assert.Equal((path + ":1", "afp-1", SourceFormat.PlainText, "Body one"), (one.Locator, one.Name, one.Format, one.Content));
        Assert.Equal(
            new ArticleHints { Url = "https://example.org/1", Title = "One", Source = "AFP", Author = "A. Writer", Published = "2012-06-18", Origin = "jsonl" },
            one.Hints);
        var two = items[1].Article!;
        Assert.Equal(("7", SourceFormat.Html, "<p>Two</p>", "1997-04-01"), (two.Name, two.Format, two.Content, two.Hints.Published));
        Assert.Equal("feed-3", items[2].Article!.Name);
    }

    [Fact]
    public void PrefersHtmlOverTextWhenALineHasBoth()
    {
        using var dir = new TempFolder();
        var path = dir.File("both.jsonl", "{\"text\": \"plain\", \"html\": \"<p>rich</p>\"}\n");

        var article = Reading.Single(path).Article!;

        Assert.Equal((SourceFormat.Html, "<p>rich</p>"), (article.Format, article.Content));
    }

    [Fact]
    public void ReadsGzippedJsonlAndSniffsJsonlWithoutExtension()
    {
        using var dir = new TempFolder();
        var gz = dir.File("feed.jsonl.gz", TempFolder.Gzip("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"));
        var bare = dir.File("feed", "{\"text\": \"c\"}\n");

        Assert.Equal(["a", "b"], Reading.ReadAll(gz).Select(i => i.Article?.Content));
        Assert.Equal(gz + ":2", Reading.ReadAll(gz)[1].Article?.Locator);
        Assert.Equal("c", Reading.Single(bare).Article?.Content);
    }

    [Fact]
    public void DecodesJsonlLineWithInvalidUtf8AsWindows1252WithAWarning()
    {
        using var dir = new TempFolder();
        var path = dir.File("latin.jsonl", [.. "{\"text\": \"caf"u8, 0xE9, .. "\"}\n"u8]);

        var item = Reading.Single(path);

        Assert.Equal("café", item.Article?.Content);
        Assert.Equal("invalid UTF-8 at byte 13 of the line; decoded as windows-1252", item.Warning);
    }

    [Fact]
    public void ReportsJsonlWithOnlyBlankLinesAsEmpty()
    {
        using var dir = new TempFolder();
        var path = dir.File("blank.jsonl", "\n \n\r\n");

        Assert.Equal("empty file (only blank lines)", Reading.Single(path).Failure?.Reason);
    }

    [Fact]
    public void ReportsTrailingGarbageAfterAJsonObject()
    {
        using var dir = new TempFolder();
        var path = dir.File("trail.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}\n");

        var failure = Reading.Single(path).Failure;

        Assert.Equal(path + ":1", failure?.Locator);
        Assert.StartsWith("malformed JSON", failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessesDocumentJustUnderTheLimit()
    {
        using var dir = new TempFolder();
        var path = dir.File("fits.txt", new string('z', 4096));

        var item = Reading.Single(path, new IngestOptions { MaxDocumentBytes = 4096 });

        Assert.Equal(4096, item.Article?.Content.Length);
    }

    [Fact]
    public void StopsBetweenItemsWhenCancelled()
    {
        using var dir = new TempFolder();
        var path = dir.File("many.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
        using var cts = new CancellationTokenSource();
        var items = new ArticleReader().Read(InputFile.FromPath(path), cts.Token);

        using var e = items.GetEnumerator();
        Assert.True(e.MoveNext());
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => e.MoveNext());
    }

    [Fact]
    public void RefusesPrettyPrintedJsonOnceForTheWholeFile()
    {
        using var dir = new TempFolder();
        var path = dir.File("export.jsonl", "{\n  \"text\": \"a\"\n}\n");

        var failure = Reading.Single(path).Failure;

        Assert.Equal(path, failure?.Locator);
        Assert.StartsWith("not JSON Lines: line 1 is a lone '{'", failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesJsonlInUtf16()
    {
        using var dir = new TempFolder();
        var path = dir.File("wide.jsonl", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("{\"text\": \"a\"}\n")]);

        Assert.Equal("JSONL must be UTF-8, but the file starts with a utf-16le byte-order mark", Reading.Single(path).Failure?.Reason);
    }

    [Fact]
    public async Task DoesNotBlockOnANamedPipe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempFolder();
        var fifo = Path.Combine(dir.Path, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        var item = await Task.Run(() => Reading.Single(fifo)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(item.IsFailure);
    }

    [Fact]
    public void ReadsAWholeInputSetReportingExpansionFailuresFirst()
    {
        using var dir = new TempFolder();
        dir.File("in/b.txt", "bee");
        dir.File("in/a.jsonl", "{\"text\": \"ay\"}\n");
        var missing = Path.Combine(dir.Path, "missing.txt");
        var set = InputExpander.Expand([Path.Combine(dir.Path, "in"), missing]);

        var items = new ArticleReader().Read(set).ToList();

        Assert.Equal([missing, null, null], items.Select(i => i.Failure?.Locator));
        Assert.Equal([null, "ay", "bee"], items.Select(i => i.Article?.Content));
    }
}
