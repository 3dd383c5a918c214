using Dyad.Cleaning;
using Dyad.Cleaning.Html;
using Dyad.Cleaning.PlainText;
using Dyad.Cli.Running;
using Dyad.Ingest;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

public sealed class ArticleAnalysisTests
{
    [Fact]
    public void ProcessingTheSamplesTimesEveryStageAndCountsWhatItReturns()
    {
        var preparer = new ArticlePreparer(new PlainTextCleaner(), new HtmlExtractor());
        var times = new StageTimes();
        long events = 0, quotes = 0;
        foreach (var file in InputExpander.Expand([Repo.Samples]).Files)
        {
            foreach (var item in new ArticleReader().Read(file))
            {
                var analysed = ArticleAnalysis.Process(item.Article!, preparer, times);
                events += analysed.Events.Count;
                quotes += analysed.Quotes.Count;
            }
        }

        Assert.True(events > 0 && quotes > 0);
        Assert.Equal(events, times.EventCount);
        Assert.Equal(quotes, times.QuoteCount);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            Assert.True(times.Ticks(stage) > 0, $"{stage} was not timed");
        }

        Assert.True(times.Bytes(PipelineStage.Language) > 0);
        Assert.Equal(times.Total, Enum.GetValues<PipelineStage>().Sum(times.Ticks));
    }

    [Fact]
    public void ProcessingAnArticleTwiceGivesTheSameRows()
    {
        var preparer = new ArticlePreparer(new PlainTextCleaner(), new HtmlExtractor());
        var file = InputExpander.Expand([Repo.Samples]).Files[0];
        var article = new ArticleReader().Read(file).First().Article!;

        var first = ArticleAnalysis.Process(article, preparer);
        var second = ArticleAnalysis.Process(article, preparer);

        Assert.Equal(first.Events.Select(e => (e.Id, e.Code, e.Start, e.End, e.Source?.Code, e.Target?.Code)),
            second.Events.Select(e => (e.Id, e.Code, e.Start, e.End, e.Source?.Code, e.Target?.Code)));
        Assert.Equal(first.Quotes, second.Quotes);
    }
}
