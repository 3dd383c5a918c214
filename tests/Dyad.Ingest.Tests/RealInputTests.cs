using Dyad.Core;
using Dyad.Testing;

namespace Dyad.Ingest.Tests;

/// <summary>Reading the bundled samples and the shared data sets end to end.</summary>
public sealed class RealInputTests
{
    [Fact]
    public void ReadsTheBundledSamplesAsUtf8PlainText()
    {
        var set = InputExpander.Expand([Repo.Samples]);

        var items = new ArticleReader().Read(set).ToList();

        Assert.Equal(5, items.Count);
        Assert.All(items, i =>
        {
            Assert.False(i.IsFailure, i.ToString());
            Assert.Equal(SourceFormat.PlainText, i.Article!.Format);
            Assert.Equal("utf-8", i.Article.Encoding);
            Assert.Equal(File.ReadAllText(i.Article.Locator), i.Article.Content);
        });
    }

    [SharedDataFact("trafilatura-eval/html")]
    public void ReadsEveryGzippedHtmlPageOfTheTrafilaturaSet()
    {
        var set = InputExpander.Expand([Path.Combine(Repo.SharedData!, "trafilatura-eval", "html", "*.html.gz")]);

        var items = new ArticleReader().Read(set).ToList();

        Assert.Equal(set.Files.Count, items.Count);
        Assert.True(items.Count >= 100);
        Assert.All(items, i => Assert.Equal(SourceFormat.Html, i.Article?.Format));
    }

    [SharedDataFact("te3-silver-wire-sample/articles.jsonl")]
    public void ReadsWireSampleJsonlWithIdsAndDates()
    {
        var path = Path.Combine(Repo.SharedData!, "te3-silver-wire-sample", "articles.jsonl");

        var items = new ArticleReader().Read(path).ToList();

        Assert.All(items, i => Assert.False(i.IsFailure, i.ToString()));
        Assert.Equal(items.Count, items.Select(i => i.Article!.Name).Distinct().Count());
        Assert.All(items, i => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", i.Article!.Hints.Published!));
    }
}
