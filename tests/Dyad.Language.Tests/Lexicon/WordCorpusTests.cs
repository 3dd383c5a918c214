using Dyad.Language.Lexicon;
using Dyad.Testing;

namespace Dyad.Language.Tests.Lexicon;

public sealed class WordCorpusTests
{
    [Fact]
    public void CountsCapitalisedWordsAwayFromSentenceStartsSeparately()
    {
        var corpus = new WordCorpus();

        corpus.AddText("Reading is fun. We went to Reading. \"Reading again,\" he said.\n\n  Reading ends here.");

        Assert.Equal(4, corpus.Count("Reading"));
        Assert.Equal(1, corpus.NonInitialCount("Reading"));
    }

    [Fact]
    public void AHardLineBreakInsideASentenceDoesNotStartOne()
    {
        var corpus = new WordCorpus();

        corpus.AddText("Talks with\nMoscow resumed.");

        Assert.Equal(1, corpus.NonInitialCount("Moscow"));
    }

    [Fact]
    public void AWordIsOrdinaryWhenItsLowerCaseFormIsCommonEnough()
    {
        var corpus = new WordCorpus();
        for (var i = 0; i < 4; i++)
        {
            corpus.AddText("The police said the mobile unit arrived. Officers from Bristol and Mobile met in Bristol.");
        }

        Assert.True(corpus.IsOrdinaryWord("Police"));
        Assert.True(corpus.IsOrdinaryWord("Mobile"));
        Assert.False(corpus.IsOrdinaryWord("Bristol"));
        Assert.False(corpus.IsOrdinaryWord("Unknownville"));
    }

    [Fact]
    public void SentencesAreSeparatedInTheSequence()
    {
        var corpus = new WordCorpus();

        corpus.AddSentence(["a", "b"]);
        corpus.AddSentence([]);
        corpus.AddSentence(["b"]);

        Assert.Equal([WordCorpus.Boundary, 0, 1, WordCorpus.Boundary, 1], corpus.Sequence);
        Assert.Equal(3, corpus.TokenCount);
        Assert.Equal(2, corpus.FormCount);
    }

    [Fact]
    public void HostileTextIsCountedWithoutFailing()
    {
        var corpus = new WordCorpus();
        Properties.ForAll(100, random =>
        {
            var before = corpus.TokenCount;
            corpus.AddText(Properties.HostileText(random));
            Assert.True(corpus.TokenCount >= before);
        });

        var clusters = BrownClustering.Train(corpus, new BrownClusteringOptions { Clusters = 4, MinCount = 2 });
        foreach (var word in clusters.Words)
        {
            Assert.True(clusters.TryGet(word, out _, out _));
        }
    }
}
