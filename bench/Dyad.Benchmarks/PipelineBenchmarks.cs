using BenchmarkDotNet.Attributes;
using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Cleaning.PlainText;
using Dyad.Cli.Running;
using Dyad.Core;
using Dyad.Evaluation.Corpora;
using Dyad.Ingest;

namespace Dyad.Benchmarks;

/// <summary>The whole per-article pipeline of <c>dyad run</c> minus reading and the store (content id, cleaning,
/// fingerprint, language layer, events with actors, quotes with their speakers, store rows) over batches of 1, 10 and
/// 100 articles of the Reuters-21578 political subset when ../shared/data is present, generated text otherwise.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly ArticlePreparer _preparer = new(new PlainTextCleaner(), new HtmlExtractor());
    private RawArticle[] _articles = [];

    /// <summary>Articles per batch.</summary>
    [Params(1, 10, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Political(Articles);
        // Models, the knowledge base and the pattern tables load here, outside the measurement.
        ArticleAnalysis.Process(_articles[0], _preparer);
    }

    /// <summary>Every article of the batch through every stage.</summary>
    [Benchmark]
    public int WholePipeline()
    {
        var n = 0;
        foreach (var article in _articles)
        {
            var analysed = ArticleAnalysis.Process(article, _preparer);
            n += analysed.Events.Count + analysed.Quotes.Count;
        }

        return n;
    }

    private static RawArticle[] Political(int count)
    {
        var data = BenchInputs.SharedData;
        var path = data is null ? null : Path.Combine(data, "reuters21578", "derived_political_subset.jsonl");
        if (path is null || !File.Exists(path))
        {
            return [.. Enumerable.Range(0, count).Select(i =>
                new RawArticle("generated:" + i, "generated", SourceFormat.PlainText, GeneratedText.Article(3000, i), ArticleHints.None, "utf-8"))];
        }

        var articles = new List<RawArticle>(count);
        foreach (var item in new ArticleReader().Read(InputFile.FromPath(path)))
        {
            if (item.Article is { } article)
            {
                articles.Add(article);
                if (articles.Count == count)
                {
                    break;
                }
            }
        }

        return [.. articles];
    }
}
