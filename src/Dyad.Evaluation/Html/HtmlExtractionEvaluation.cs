using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Dyad.Cleaning;
using Dyad.Core;
using Dyad.Ingest;

namespace Dyad.Evaluation.Html;

/// <summary>Scores an HTML extractor on the trafilatura evaluation set and measures its throughput.</summary>
/// <remarks>
/// <para>The set (<c>evaldata_english_subset.json</c> and <c>html/*.html.gz</c>) annotates each page with snippets
/// that must appear in the extracted text and boilerplate snippets that must not. Scoring follows trafilatura's
/// <c>tests/eval_common.py</c>: the text and each snippet are whitespace-normalised (every whitespace run becomes one
/// space, ends trimmed) and matched as case-sensitive substrings; a found "with" snippet is a true positive, a missing
/// one a false negative, a found "without" snippet a false positive, an absent one a true negative. Precision, recall,
/// F1 and accuracy are computed over all segments. An extractor that throws scores the page as a full miss.</para>
/// <para>Pages are decoded by the ingest library's <see cref="EncodingDetector"/>, exactly as <c>dyad run</c> decodes them
/// (byte-order mark, declared charset, strict UTF-8, else Windows-1252), and normalised with
/// <see cref="TextNormalizer"/> before extraction, as the ingest pipeline does.</para>
/// </remarks>
public static class HtmlExtractionEvaluation
{
    /// <summary>The annotation file inside the data folder.</summary>
    public const string AnnotationFile = "evaldata_english_subset.json";

    /// <summary>Scores <paramref name="extractor"/> on the set in <paramref name="dataDir"/>.</summary>
    /// <exception cref="FileNotFoundException">The annotation file is absent.</exception>
    public static HtmlEvaluationReport Run(string dataDir, IArticleCleaner extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var clock = Stopwatch.StartNew();
        var items = LoadAnnotations(dataDir);
        var pages = new List<HtmlDocumentScore>(items.Count);
        int tp = 0, fn = 0, fp = 0, tn = 0, missing = 0;
        var fields = new int[3, 3];
        foreach (var item in items)
        {
            var bytes = ReadPage(dataDir, item.File);
            if (bytes is null)
            {
                missing++;
                continue;
            }

            string text;
            ArticleMetadata metadata;
            try
            {
                var html = TextNormalizer.Normalize(EncodingDetector.Decode(bytes, sniffHtml: true).Text, out _);
                var cleaned = extractor.Clean(html, ArticleHints.None);
                text = cleaned.Text;
                metadata = cleaned.Metadata;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                text = string.Empty;
                metadata = ArticleMetadata.Empty;
            }

            Tally(fields, 0, item.Title, metadata.Title?.Value);
            Tally(fields, 1, item.Author, metadata.Author?.Value);
            Tally(fields, 2, item.Date, metadata.Published is { } published && published.Value.Precision == DatePrecision.Day ? published.Value.ToString() : metadata.Published?.Value.ToString());

            var score = Score(item, text);
            pages.Add(score);
            tp += score.TruePositives;
            fn += score.FalseNegatives;
            fp += score.FalsePositives;
            tn += score.TrueNegatives;
        }

        var metadataScores = new[]
        {
            new MetadataFieldScore("title", fields[0, 0], fields[0, 1], fields[0, 2]),
            new MetadataFieldScore("author", fields[1, 0], fields[1, 1], fields[1, 2]),
            new MetadataFieldScore("date", fields[2, 0], fields[2, 1], fields[2, 2]),
        };
        return new HtmlEvaluationReport(pages.Count, missing, tp, fn, fp, tn, clock.Elapsed, pages, metadataScores);
    }

    private static void Tally(int[,] fields, int field, string? annotated, string? found)
    {
        if (string.IsNullOrWhiteSpace(annotated))
        {
            return;
        }

        fields[field, 0]++;
        if (string.IsNullOrWhiteSpace(found))
        {
            return;
        }

        fields[field, 1]++;
        if (string.Equals(NormalizeWhitespace(annotated), NormalizeWhitespace(found), StringComparison.OrdinalIgnoreCase))
        {
            fields[field, 2]++;
        }
    }

    /// <summary>Scores one page's extracted text against its annotation.</summary>
    public static HtmlDocumentScore Score(HtmlEvaluationItem item, string extracted)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = NormalizeWhitespace(extracted ?? string.Empty);
        var missed = new List<string>();
        var leaked = new List<string>();
        var tp = 0;
        foreach (var snippet in item.With)
        {
            if (text.Contains(NormalizeWhitespace(snippet), StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                missed.Add(snippet);
            }
        }

        var fp = 0;
        foreach (var snippet in item.Without)
        {
            if (text.Contains(NormalizeWhitespace(snippet), StringComparison.Ordinal))
            {
                fp++;
                leaked.Add(snippet);
            }
        }

        return new HtmlDocumentScore(item.File, item.Url, tp, item.With.Count - tp, fp, item.Without.Count - fp, missed, leaked, extracted?.Length ?? 0);
    }

    /// <summary>Measures single-threaded throughput: all pages are read, decoded and normalised first, untimed
    /// rounds (at least three and two seconds) warm up the code, then <paramref name="rounds"/> timed rounds extract every page in turn. Wall time and
    /// process CPU time are reported, and the wall time of AngleSharp's bare parse of the same pages, measured in
    /// alternating rounds, as a baseline. Each timed phase starts after a full garbage collection, so that neither
    /// pays for the other's garbage (the parse leaves megabytes of document trees per page).</summary>
    public static ThroughputReport MeasureThroughput(string dataDir, IArticleCleaner extractor, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var pages = new List<(string Html, int Bytes)>();
        foreach (var item in LoadAnnotations(dataDir))
        {
            if (ReadPage(dataDir, item.File) is { } bytes)
            {
                pages.Add((TextNormalizer.Normalize(EncodingDetector.Decode(bytes, sniffHtml: true).Text, out _), bytes.Length));
            }
        }

        // Warm up until the runtime's tiered compiler has had time to optimise the hot code: at least three rounds
        // and two seconds (one round leaves much of the extraction in unoptimised code while the compiler works on
        // the other core).
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < 3 || warmUp.Elapsed < TimeSpan.FromSeconds(2); round++)
        {
            foreach (var (html, _) in pages)
            {
                extractor.Clean(html, ArticleHints.None);
            }
        }

        long characters = 0, totalBytes = 0;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        warmUp.Restart();
        for (var round = 0; round < 3 || warmUp.Elapsed < TimeSpan.FromSeconds(2); round++)
        {
            foreach (var (html, _) in pages)
            {
                parser.ParseDocument(html);
            }
        }

        // Rounds of extraction and of the bare parse alternate, so that a busy machine slows both alike.
        using var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        var extraction = TimeSpan.Zero;
        var parseOnly = TimeSpan.Zero;
        for (var round = 0; round < rounds; round++)
        {
            // Each timed phase starts from a collected heap, so that neither pays for the other's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (html, size) in pages)
            {
                extractor.Clean(html, ArticleHints.None);
                characters += html.Length;
                totalBytes += size;
            }

            extraction += clock.Elapsed;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            clock.Restart();
            foreach (var (html, _) in pages)
            {
                parser.ParseDocument(html);
            }

            parseOnly += clock.Elapsed;
        }

        return new ThroughputReport(pages.Count * rounds, rounds, characters, totalBytes, extraction, cpu, parseOnly);
    }

    /// <summary>Reads the annotations in <paramref name="dataDir"/>.</summary>
    /// <exception cref="FileNotFoundException">The annotation file is absent.</exception>
    /// <exception cref="InvalidDataException">The annotation file is not the expected JSON.</exception>
    public static IReadOnlyList<HtmlEvaluationItem> LoadAnnotations(string dataDir)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        var path = Path.Combine(dataDir, AnnotationFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The trafilatura evaluation annotations are missing: {path}", path);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var items = new List<HtmlEvaluationItem>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                var value = entry.Value;
                if (!value.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                items.Add(new HtmlEvaluationItem(entry.Name, file.GetString()!, Snippets(value, "with"), Snippets(value, "without"))
                {
                    Title = Text(value, "title"),
                    Author = Text(value, "author"),
                    Date = Text(value, "date"),
                });
            }

            return items;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid annotation JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a page's bytes from <c>html/FILE.gz</c> (or <c>html/FILE</c>), or null when absent.</summary>
    public static byte[]? ReadPage(string dataDir, string file)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file);
        var gz = Path.Combine(dataDir, "html", name + ".gz");
        if (File.Exists(gz))
        {
            using var stream = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        var plain = Path.Combine(dataDir, "html", name);
        return File.Exists(plain) ? File.ReadAllBytes(plain) : null;
    }

    /// <summary>Every whitespace run becomes one space; the ends are trimmed (Python's <c>re.sub(r"\s+", " ", t).strip()</c>).</summary>
    public static string NormalizeWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u001C' or '\u001D' or '\u001E' or '\u001F')
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string? Text(JsonElement value, string key) =>
        value.TryGetProperty(key, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;

    private static List<string> Snippets(JsonElement value, string key)
    {
        var list = new List<string>();
        if (value.TryGetProperty(key, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    list.Add(item.GetString()!);
                }
            }
        }

        return list;
    }
}
