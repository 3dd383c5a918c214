using BenchmarkDotNet.Attributes;
using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Cleaning.PlainText;
using Dyad.Core;
using Dyad.Evaluation.Corpora;
using Dyad.Evaluation.Html;
using Dyad.Evaluation.Reuters;

namespace Dyad.Benchmarks;

/// <summary>Cleaning plus metadata for batches of 1, 10 and 100 articles: Reuters-21578 bodies (plain text) and
/// trafilatura-eval pages (HTML) when ../shared/data is present, generated text otherwise.</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly PlainTextCleaner _plain = new();
    private readonly HtmlExtractor _html = new();
    private string[] _texts = [];
    private string[] _pages = [];

    /// <summary>Articles per batch.</summary>
    [Params(1, 10, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchInputs.SharedData;
        _texts = BenchInputs.Articles(Articles);

        var eval = data is null ? null : Path.Combine(data, "trafilatura-eval");
        _pages = eval is not null && Directory.Exists(eval)
            ? HtmlExtractionEvaluation.LoadAnnotations(eval)
                .Select(item => HtmlExtractionEvaluation.ReadPage(eval, item.File))
                .Where(b => b is not null)
                .Select(b => TextNormalizer.Normalize(Dyad.Ingest.EncodingDetector.Decode(b!, sniffHtml: true).Text, out _))
                .Take(Articles).ToArray()
            : Enumerable.Range(0, Articles).Select(i => "<html><body><nav><a href=/>Home</a></nav><article><h1>Title</h1><p>"
                + GeneratedText.Article(3000, i).Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>").ToArray();
    }

    [Benchmark]
    public int PlainText()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += _plain.Clean(TextNormalizer.Normalize(t, out _), ArticleHints.None).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int Html()
    {
        var n = 0;
        foreach (var p in _pages)
        {
            n += _html.Clean(p, ArticleHints.None).Text.Length;
        }

        return n;
    }
}
