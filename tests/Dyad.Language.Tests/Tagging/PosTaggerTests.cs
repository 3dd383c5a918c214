using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class PosTaggerTests
{
    /// <summary>Sentences whose Penn tags are unambiguous, with the tags the committed model assigns.</summary>
    public static TheoryData<string, string> KnownTaggings => new()
    {
        { "Putin met Obama in Mexico on Monday .", "NNP VBD NNP IN NNP IN NNP ." },
        { "The government said on Tuesday that it would raise taxes .", "DT NN VBD IN NNP IN PRP MD VB NNS ." },
        { "Prices fell sharply in London on Friday .", "NNS VBD RB IN NNP IN NNP ." },
        { "He was born in 1950 .", "PRP VBD VBN IN CD ." },
    };

    [Theory]
    [MemberData(nameof(KnownTaggings))]
    public void CommittedModelReproducesAKnownTagging(string sentence, string tags)
    {
        Assert.Equal(tags, string.Join(' ', LanguageModels.Pos.Tag(sentence.Split(' '))));
    }

    [Fact]
    public void CommittedModelKnowsItsTrainingVocabulary()
    {
        var tagger = LanguageModels.Pos;

        Assert.True(tagger.IsKnown("Germany"));
        Assert.False(tagger.IsKnown("Zqxwvutsrqp"));
        Assert.Contains("NNP", tagger.Tags);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SaveThenLoadGivesIdenticalTags(bool quantise)
    {
        var original = LanguageModels.Pos;
        using var stream = new MemoryStream();
        original.Save(stream, quantise);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);

        var random = new Random(5);
        var vocabulary = "the of Germany said 3. 1996-08-30 , NEW YORK ( Reuters ) - shares rose fell 12.5 percent on Monday tax reform he she was Smith's".Split(' ');
        for (var n = 0; n < 200; n++)
        {
            var words = new string[random.Next(0, 25)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = vocabulary[random.Next(vocabulary.Length)];
            }

            Assert.Equal(original.Tag(words), loaded.Tag(words));
        }
    }

    [Fact]
    public void SpanOverloadAgreesWithTheListOverload()
    {
        var words = "EU rejects German call to boycott British lamb .".Split(' ');
        var indices = new int[words.Length];
        LanguageModels.Pos.Tag(words, indices);

        Assert.Equal(LanguageModels.Pos.Tag(words), indices.Select(i => LanguageModels.Pos.Tags[i]));
    }

    [Fact]
    public void OddWordsDoNotCrash()
    {
        string[] words = ["", " ", "\u0000", "\ud800", new string('x', 5000), "!!!", "日本"];

        Assert.Equal(words.Length, LanguageModels.Pos.Tag(words).Length);
    }

    [Fact]
    public void CommittedModelUsesTheShippedWordClusters()
    {
        Assert.Same(LanguageModels.Clusters, LanguageModels.Pos.Clusters);
    }

    [Fact]
    public void TaggingAllocatesNothingOnceWarm()
    {
        var words = "The European Commission said on Thursday it disagreed with German advice to consumers .".Split(' ');
        var tags = new int[words.Length];

        // Warm past tiered compilation (a method is recompiled after 30 calls; the switch may allocate on the caller).
        for (var n = 0; n < 500; n++)
        {
            LanguageModels.Pos.Tag(words, tags);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 100; n++)
        {
            LanguageModels.Pos.Tag(words, tags);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void LoadRejectsOtherWordClusters()
    {
        using var stream = new MemoryStream();
        LanguageModels.Pos.Save(stream);
        stream.Position = 0;
        var other = new Dyad.Language.Lexicon.WordClusters(["a", "b"], [0, 1], [0b10, 0b11], [2, 2]);

        var error = Assert.Throws<InvalidDataException>(() => PosTagger.Load(stream, other));
        Assert.Contains("clusters", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A tiny language where "x" is a noun after "the" and a verb after a noun: both directions have a say.</summary>
    private static List<CoNllSentence> TinyCorpus(int seed, int count)
    {
        var random = new Random(seed);
        string[] nouns = ["cat", "dog", "bird"];
        string[] verbs = ["runs", "sleeps"];
        var sentences = new List<CoNllSentence>();
        for (var n = 0; n < count; n++)
        {
            var words = new List<string>();
            var tags = new List<string>();
            for (var phrase = random.Next(1, 4); phrase > 0; phrase--)
            {
                words.Add("the");
                tags.Add("DT");
                words.Add(random.Next(3) == 0 ? "x" : nouns[random.Next(nouns.Length)]);
                tags.Add("NN");
                words.Add(random.Next(3) == 0 ? "x" : verbs[random.Next(verbs.Length)]);
                tags.Add("VBZ");
            }

            words.Add(".");
            tags.Add(".");
            var o = Enumerable.Repeat("O", words.Count).ToList();
            sentences.Add(new CoNllSentence(words, tags, o, o));
        }

        return sentences;
    }

    [Fact]
    public void BidirectionalTaggerLearnsSavesAndTagsWithoutAllocating()
    {
        var options = new PosTrainingOptions
        {
            Bidirectional = true,
            Clusters = LanguageModels.Clusters,
            Sequence = new SequenceTrainingOptions { Iterations = 5, TagDictionaryMinCount = 0 },
        };
        var tagger = PosTraining.Train(TinyCorpus(1, 300), options);
        Assert.NotNull(tagger.Backward);

        var words = "the x sleeps the dog x .".Split(' ');
        Assert.Equal("DT NN VBZ DT NN VBZ .", string.Join(' ', tagger.Tag(words)));

        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);
        Assert.NotNull(loaded.Backward);
        foreach (var sentence in TinyCorpus(2, 50))
        {
            Assert.Equal(tagger.Tag(sentence.Words), loaded.Tag(sentence.Words));
        }

        var indices = new int[words.Length];
        loaded.Tag(words, indices);
        var before = GC.GetAllocatedBytesForCurrentThread();
        loaded.Tag(words, indices);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(loaded.Tag(words), indices.Select(i => loaded.Tags[i]));
    }

    [Fact]
    public void LoadRejectsDataThatIsNotAModel()
    {
        Assert.Throws<InvalidDataException>(() => PosTagger.Load(new MemoryStream("DYADPOX\0garbage"u8.ToArray())));
    }

    [Fact]
    public void LoadRejectsATruncatedModel()
    {
        using var whole = new MemoryStream();
        LanguageModels.Pos.Save(whole);
        var cut = whole.ToArray().AsSpan(0, (int)(whole.Length / 2)).ToArray();

        Assert.Throws<InvalidDataException>(() => PosTagger.Load(new MemoryStream(cut)));
    }
}
