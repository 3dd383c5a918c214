using Dyad.Cleaning.PlainText;

namespace Dyad.Cleaning.Tests.PlainText;

public sealed class CorpusLineStatsTests
{
    [Fact]
    public void CountsEachLineOncePerDocument()
    {
        var stats = new CorpusLineStats();
        stats.AddDocument("Subscribe\nSubscribe\nA story.");
        stats.AddDocument("Subscribe\nAnother story.");
        Assert.Equal(2, stats.DocumentCount);
        Assert.Equal(2, stats.DocumentFrequency("Subscribe"));
        Assert.Equal(1, stats.DocumentFrequency("A story."));
        Assert.Equal(0, stats.DocumentFrequency("Never seen."));
    }

    [Fact]
    public void ComparesLinesByLettersAndDigitsIgnoringCaseSpacingAndNumbers()
    {
        Assert.Equal(CorpusLineStats.LineKey("Media ID: 55354082"), CorpusLineStats.LineKey("  media id 10000001 "));
        Assert.NotEqual(CorpusLineStats.LineKey("Log in"), CorpusLineStats.LineKey("Log out"));
    }

    [Fact]
    public void IgnoresLinesWithoutLettersOrDigits()
    {
        var stats = new CorpusLineStats();
        stats.AddDocument("* * *\n---\n");
        Assert.Equal(0, stats.DocumentFrequency("* * *"));
    }

    [Fact]
    public void AddsDocumentsFromSeveralThreads()
    {
        var stats = new CorpusLineStats();
        Parallel.For(0, 200, i => stats.AddDocument($"Footer line\nStory {i}."));
        Assert.Equal(200, stats.DocumentCount);
        Assert.Equal(200, stats.DocumentFrequency("Footer line"));
    }
}
