using Dyad.Language.Lexicon;

namespace Dyad.Language.Tests.Lexicon;

public sealed class BrownClusteringTests
{
    /// <summary>Sentences from a random first-order Markov chain over <paramref name="vocabulary"/> words with random
    /// transition weights, so that no two merges cost exactly the same.</summary>
    private static WordCorpus MarkovCorpus(int seed, int vocabulary, int sentences)
    {
        var random = new Random(seed);
        var weights = new double[vocabulary, vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            for (var j = 0; j < vocabulary; j++)
            {
                weights[i, j] = Math.Pow(random.NextDouble(), 3);
            }
        }

        var corpus = new WordCorpus();
        for (var s = 0; s < sentences; s++)
        {
            var words = new List<string>();
            var w = random.Next(vocabulary);
            var length = random.Next(3, 12);
            for (var t = 0; t < length; t++)
            {
                words.Add("w" + w);
                var total = 0.0;
                for (var j = 0; j < vocabulary; j++)
                {
                    total += weights[w, j];
                }

                var pick = random.NextDouble() * total;
                var next = 0;
                while (next < vocabulary - 1 && (pick -= weights[w, next]) > 0)
                {
                    next++;
                }

                w = next;
            }

            corpus.AddSentence(words);
        }

        return corpus;
    }

    [Fact]
    public void WordsWithTheSameContextsShareACluster()
    {
        var corpus = new WordCorpus();
        string[] days = ["Monday", "Tuesday", "Friday"];
        string[] nouns = ["government", "bank", "company"];
        string[] verbs = ["said", "reported", "announced"];
        var random = new Random(7);
        var text = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            text.AddRange(["the", nouns[random.Next(3)], verbs[random.Next(3)], "on", days[random.Next(3)], "."]);
        }

        // One running text, so that "." precedes "the": split into sentences, the two would never meet and could
        // share a cluster at no cost.
        corpus.AddSentence(text);

        var clusters = BrownClustering.Train(corpus, new BrownClusteringOptions { Clusters = 6, MinCount = 1 });

        Assert.Equal(12, clusters.WordCount);
        Assert.Equal(Path("Monday", clusters), Path("Tuesday", clusters));
        Assert.Equal(Path("Monday", clusters), Path("Friday", clusters));
        Assert.Equal(Path("government", clusters), Path("bank", clusters));
        Assert.Equal(Path("said", clusters), Path("announced", clusters));
        Assert.NotEqual(Path("said", clusters), Path("Monday", clusters));
    }

    [Fact]
    public void WordsBelowTheCountThresholdGetNoCluster()
    {
        var corpus = new WordCorpus();
        for (var i = 0; i < 5; i++)
        {
            corpus.AddSentence(["a", "b", "a", "c"]);
        }

        corpus.AddSentence(["rare", "a"]);

        var clusters = BrownClustering.Train(corpus, new BrownClusteringOptions { Clusters = 2, MinCount = 2 });

        Assert.False(clusters.TryGet("rare", out _, out _));
        Assert.True(clusters.TryGet("a", out _, out _));
    }

    [Fact]
    public void AnEmptyCorpusGivesNoClusters()
    {
        var clusters = BrownClustering.Train(new WordCorpus());

        Assert.Equal(0, clusters.WordCount);
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var first = Save(BrownClustering.Train(MarkovCorpus(3, 30, 400), new BrownClusteringOptions { Clusters = 8, MinCount = 2 }));
        var second = Save(BrownClustering.Train(MarkovCorpus(3, 30, 400), new BrownClusteringOptions { Clusters = 8, MinCount = 2 }));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(1, 14, 20)]
    [InlineData(2, 16, 5)]
    [InlineData(3, 20, 6)]
    public void IncrementalLossesGiveTheSameTreeAsRecomputingMutualInformation(int seed, int vocabulary, int window)
    {
        var corpus = MarkovCorpus(seed, vocabulary, 300);

        var clusters = BrownClustering.Train(corpus, new BrownClusteringOptions { Clusters = window, MinCount = 1 });

        Assert.Equal(ReferenceTree(corpus, window), TreeOf(clusters));
    }

    private static string Path(string word, WordClusters clusters)
    {
        Assert.True(clusters.TryGet(word, out var path, out var length), word);
        return WordClusters.Format(path, length);
    }

    private static byte[] Save(WordClusters clusters)
    {
        using var stream = new MemoryStream();
        clusters.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Every subtree of the merge tree as its sorted word list: the tree without its left/right order.</summary>
    private static SortedSet<string> TreeOf(WordClusters clusters)
    {
        var byPrefix = new Dictionary<string, List<string>>();
        foreach (var word in clusters.Words)
        {
            clusters.TryGet(word, out var path, out var length);
            var bits = WordClusters.Format(path, length);
            for (var k = 0; k <= bits.Length; k++)
            {
                var key = bits[..k];
                if (!byPrefix.TryGetValue(key, out var list))
                {
                    byPrefix[key] = list = [];
                }

                list.Add(word);
            }
        }

        return new SortedSet<string>(byPrefix.Values.Select(Key), StringComparer.Ordinal);
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Order(StringComparer.Ordinal));

    /// <summary>
    /// Brown clustering the slow way: the same word order and window, but every candidate merge is scored by
    /// recomputing the mutual information of the whole cluster bigram table from the counts.
    /// </summary>
    private static SortedSet<string> ReferenceTree(WordCorpus corpus, int window)
    {
        var ids = Enumerable.Range(0, corpus.FormCount)
            .OrderByDescending(corpus.Count)
            .ThenBy(id => corpus.Forms[id], StringComparer.Ordinal)
            .ToArray();
        var bigrams = new Dictionary<(int, int), long>();
        var sequence = corpus.Sequence;
        for (var i = 1; i < sequence.Count; i++)
        {
            if (sequence[i - 1] >= 0 && sequence[i] >= 0)
            {
                var key = (sequence[i - 1], sequence[i]);
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
            }
        }

        double total = bigrams.Values.Sum();
        var left = new Dictionary<int, long>();
        var right = new Dictionary<int, long>();
        foreach (var ((a, b), n) in bigrams)
        {
            left[a] = left.GetValueOrDefault(a) + n;
            right[b] = right.GetValueOrDefault(b) + n;
        }

        double MutualInformation(List<HashSet<int>> clusters)
        {
            var clusterOf = new Dictionary<int, int>();
            for (var c = 0; c < clusters.Count; c++)
            {
                foreach (var w in clusters[c])
                {
                    clusterOf[w] = c;
                }
            }

            var joint = new Dictionary<(int, int), long>();
            foreach (var ((a, b), n) in bigrams)
            {
                if (clusterOf.TryGetValue(a, out var ca) && clusterOf.TryGetValue(b, out var cb))
                {
                    joint[(ca, cb)] = joint.GetValueOrDefault((ca, cb)) + n;
                }
            }

            var mi = 0.0;
            foreach (var ((ca, cb), n) in joint)
            {
                double pl = clusters[ca].Sum(w => left.GetValueOrDefault(w));
                double pr = clusters[cb].Sum(w => right.GetValueOrDefault(w));
                mi += n / total * Math.Log(n * total / (pl * pr));
            }

            return mi;
        }

        void MergeBest(List<HashSet<int>> active, SortedSet<string>? record)
        {
            var best = double.NegativeInfinity;
            var pair = (0, 0);
            for (var i = 0; i < active.Count; i++)
            {
                for (var j = i + 1; j < active.Count; j++)
                {
                    var trial = active.Where((_, x) => x != i && x != j).ToList();
                    trial.Add([.. active[i], .. active[j]]);
                    var mi = MutualInformation(trial);
                    if (mi > best + 1e-12)
                    {
                        best = mi;
                        pair = (i, j);
                    }
                }
            }

            var merged = new HashSet<int>([.. active[pair.Item1], .. active[pair.Item2]]);
            active.RemoveAt(pair.Item2);
            active.RemoveAt(pair.Item1);
            active.Add(merged);
            record?.Add(Key(merged.Select(w => corpus.Forms[w])));
        }

        var active = new List<HashSet<int>>();
        foreach (var id in ids)
        {
            active.Add([id]);
            if (active.Count > window)
            {
                MergeBest(active, record: null);
            }
        }

        var tree = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var cluster in active)
        {
            tree.Add(Key(cluster.Select(w => corpus.Forms[w])));
        }

        while (active.Count > 1)
        {
            MergeBest(active, tree);
        }

        return tree;
    }
}
