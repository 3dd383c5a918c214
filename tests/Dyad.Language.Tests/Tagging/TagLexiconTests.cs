using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class TagLexiconTests
{
    /// <summary>A tiny language where "x" is a noun after "the" and a verb after a noun.</summary>
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

    private static PosTagger TinyTagger() =>
        PosTraining.Train(TinyCorpus(1, 200), new PosTrainingOptions { Clusters = LanguageModels.Clusters, Sequence = new SequenceTrainingOptions { Iterations = 3, TagDictionaryMinCount = 0 } });

    [Fact]
    public void KeepsFrequentWordsWithTheirCommonestTagAndRunnerUp()
    {
        string[][] text = [["the", "cat", "x", "."], ["the", "x", "sleeps", "."], ["the", "dog", "runs", "the", "x", "x", "."], ["rare", "."]];
        var lexicon = TagLexicon.Build(TinyTagger(), text, minCount: 2);

        Assert.True(lexicon.TryGet("the", out var top, out var second));
        Assert.Equal("DT", top);
        Assert.Null(second);
        Assert.True(lexicon.TryGet("x", out top, out second));
        Assert.Equal("NN", top);
        Assert.Equal("VBZ", second);
        Assert.False(lexicon.TryGet("rare", out _, out _));
        Assert.False(lexicon.TryGet("cat", out _, out _));
        Assert.Equal(0UL, lexicon.Code("rare"));
        Assert.Equal(TagLexicon.CodeOf("NN", "VBZ"), lexicon.Code("x"));
    }

    [Fact]
    public void CodesDependOnTagNamesNotOnTheTaggersTagOrder()
    {
        var a = new TagLexicon(["NN", "VB"], [new("run", (ushort)(2 | (1 << 8)))]);
        var b = new TagLexicon(["VB", "DT", "NN"], [new("run", (ushort)(1 | (3 << 8)))]);

        Assert.Equal(a.Code("run"), b.Code("run"));
        Assert.NotEqual(0UL, a.Code("run"));
        Assert.Equal(TagLexicon.TagKey("VB"), (uint)TagLexicon.TopOf(a.Code("run")));
        Assert.Equal(TagLexicon.TagKey("NN"), (uint)TagLexicon.SecondOf(a.Code("run")));
    }

    [Fact]
    public void WriteThenReadKeepsEveryWord()
    {
        var lexicon = new TagLexicon(["NN", "VB", "DT"], [new("run", (ushort)(2 | (1 << 8))), new("the", 3), new("cat", 1)]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lexicon.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = TagLexicon.Read(reader);

        Assert.Equal(3, read.Count);
        foreach (var word in (string[])["run", "the", "cat", "dog"])
        {
            Assert.Equal(lexicon.Code(word), read.Code(word));
        }
    }

    [Fact]
    public void RejectsCodesOutsideItsTags()
    {
        Assert.Throws<ArgumentException>(() => new TagLexicon(["NN"], [new("run", 2)]));
        Assert.Throws<ArgumentException>(() => new TagLexicon(["NN"], [new("run", 0)]));
    }

    [Fact]
    public void TaggerWithALexiconLearnsSavesAndTagsWithoutAllocating()
    {
        var text = new List<string[]>();
        foreach (var sentence in TinyCorpus(7, 100))
        {
            text.Add([.. sentence.Words]);
        }

        var options = new PosTrainingOptions
        {
            Clusters = LanguageModels.Clusters,
            LexiconText = text,
            LexiconFolds = 2,
            LexiconMinCount = 2,
            Sequence = new SequenceTrainingOptions { Iterations = 5, TagDictionaryMinCount = 0 },
        };
        var tagger = PosTraining.Train(TinyCorpus(1, 300), options);
        Assert.NotNull(tagger.Lexicon);
        Assert.True(tagger.Lexicon!.TryGet("the", out var top, out _));
        Assert.Equal("DT", top);

        var words = "the x sleeps the dog x .".Split(' ');
        Assert.Equal("DT NN VBZ DT NN VBZ .", string.Join(' ', tagger.Tag(words)));

        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);
        Assert.Equal(tagger.Lexicon.Count, loaded.Lexicon!.Count);
        foreach (var sentence in TinyCorpus(2, 50))
        {
            Assert.Equal(tagger.Tag(sentence.Words), loaded.Tag(sentence.Words));
        }

        var indices = new int[words.Length];
        loaded.Tag(words, indices);
        var before = GC.GetAllocatedBytesForCurrentThread();
        loaded.Tag(words, indices);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ALexiconNeedsWordClusters()
    {
        var tagger = TinyTagger();
        var lexicon = new TagLexicon(["NN"], [new("x", 1)]);

        Assert.Throws<ArgumentException>(() => new PosTagger(tagger.Tagger, [], clusters: null, backward: null, lexicon));
    }

    [Fact]
    public void CommittedModelCarriesALexiconLearnedFromNews()
    {
        var lexicon = LanguageModels.Pos.Lexicon;

        Assert.NotNull(lexicon);
        Assert.True(lexicon!.Count > 10_000, lexicon.ToString());
        Assert.True(lexicon.TryGet("the", out var top, out _));
        Assert.Equal("DT", top);
        Assert.True(lexicon.TryGet("said", out top, out _));
        Assert.Equal("VBD", top);
    }
}
