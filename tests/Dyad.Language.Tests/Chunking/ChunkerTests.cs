using Dyad.Language.Chunking;
using Dyad.Testing;

namespace Dyad.Language.Tests.Chunking;

public sealed class ChunkerTests
{
    private static IReadOnlyList<Chunk> ChunkSentence(string sentence)
    {
        var words = sentence.Split(' ');
        return LanguageModels.Chunker.Chunk(words, LanguageModels.Pos.Tag(words));
    }

    private static string Show(IReadOnlyList<Chunk> chunks, string[] words) =>
        string.Join(' ', chunks.Select(c => $"[{c.Type} {string.Join(' ', words[c.Start..c.End])}]"));

    /// <summary>Simple news sentences with the chunking the committed model (fed the committed tagger's tags) assigns.</summary>
    public static TheoryData<string, string> KnownChunkings => new()
    {
        { "The Russian president met his American counterpart in Mexico .", "[NP The Russian president] [VP met] [NP his American counterpart] [PP in] [NP Mexico]" },
        { "Putin said on Monday that talks would continue .", "[NP Putin] [VP said] [PP on] [NP Monday] [SBAR that] [NP talks] [VP would continue]" },
        { "Prices fell sharply in London .", "[NP Prices] [VP fell] [ADVP sharply] [PP in] [NP London]" },
    };

    [Theory]
    [MemberData(nameof(KnownChunkings))]
    public void CommittedModelReproducesAKnownChunking(string sentence, string expected)
    {
        Assert.Equal(expected, Show(ChunkSentence(sentence), sentence.Split(' ')));
    }

    [Fact]
    public void PhraseTypesOfTheReferenceSentenceAreNounVerbNounPrepositionNoun()
    {
        Assert.Equal(["NP", "VP", "NP", "PP", "NP"], ChunkSentence("The Russian president met his American counterpart in Mexico .").Select(c => c.Type));
    }

    [Fact]
    public void TagAgreesWithChunkAndLabel()
    {
        var words = "EU rejects German call to boycott British lamb .".Split(' ');
        var tags = LanguageModels.Pos.Tag(words);
        var chunker = LanguageModels.Chunker;
        var indices = new int[words.Length];
        chunker.Tag(words, tags, indices);

        Assert.Equal(chunker.Label(words, tags), indices.Select(i => chunker.Labels[i]));
        Assert.Equal(ChunkLabels.Decode(chunker.Label(words, tags)), chunker.Chunk(words, tags));
    }

    [Fact]
    public void TagAllocatesNothingOnceWarm()
    {
        var words = "The European Commission said on Thursday it disagreed with German advice to consumers .".Split(' ');
        var tags = LanguageModels.Pos.Tag(words);
        var labels = new int[words.Length];

        // Warm past tiered compilation (a method is recompiled after 30 calls; the switch may allocate on the caller).
        for (var n = 0; n < 500; n++)
        {
            LanguageModels.Chunker.Tag(words, tags, labels);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 100; n++)
        {
            LanguageModels.Chunker.Tag(words, tags, labels);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void HostileInputNeverThrowsAndGivesPhrasesInsideTheSentence()
    {
        Properties.ForAll(200, random =>
        {
            var text = Properties.HostileText(random);
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tags = LanguageModels.Pos.Tag(words);
            var chunks = LanguageModels.Chunker.Chunk(words, tags);
            var end = 0;
            foreach (var chunk in chunks)
            {
                Assert.True(chunk.Start >= end && chunk.End > chunk.Start && chunk.End <= words.Length);
                end = chunk.End;
            }
        });
    }

    [Fact]
    public void OddWordsAndTagsDoNotCrash()
    {
        string[] words = ["", " ", "\u0000", "\ud800", new string('x', 5000), "!!!", "日本", null!];
        string[] tags = ["", "NN", "??", null!, "VB", "", "NNP", "DT"];

        Assert.NotNull(LanguageModels.Chunker.Chunk(words, tags));
        Assert.Empty(LanguageModels.Chunker.Chunk([], []));
    }

    [Fact]
    public void LongSentencesAreChunkedToo()
    {
        var words = Enumerable.Repeat("the big dog saw a cat".Split(' '), 100).SelectMany(w => w).ToArray();
        var chunks = LanguageModels.Chunker.Chunk(words, LanguageModels.Pos.Tag(words));

        Assert.Equal(words.Length, chunks[^1].End);
        Assert.True(chunks.Count >= 300);
    }

    [Fact]
    public void FewerTagsThanWordsIsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => LanguageModels.Chunker.Chunk(["a", "b"], ["DT"]));
        Assert.Contains("1 part-of-speech tags for 2 words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveThenLoadGivesIdenticalLabels()
    {
        using var stream = new MemoryStream();
        LanguageModels.Chunker.Save(stream);
        stream.Position = 0;
        var loaded = Chunker.Load(stream);

        var random = new Random(3);
        var vocabulary = "the of Germany said 3. , NEW YORK ( Reuters ) - shares rose fell 12.5 percent on Monday he was Smith 's to buy".Split(' ');
        for (var n = 0; n < 100; n++)
        {
            var words = Enumerable.Range(0, random.Next(0, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var tags = LanguageModels.Pos.Tag(words);
            Assert.Equal(LanguageModels.Chunker.Label(words, tags), loaded.Label(words, tags));
        }
    }

    [Fact]
    public void LoadRejectsDataThatIsNotAChunkModel()
    {
        Assert.Throws<InvalidDataException>(() => Chunker.Load(new MemoryStream("DYADPOS\0garbage"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => Chunker.Load(new MemoryStream([1, 2])));
    }

    [Fact]
    public void LoadRejectsATruncatedModel()
    {
        using var whole = new MemoryStream();
        LanguageModels.Chunker.Save(whole);
        var cut = whole.ToArray().AsSpan(0, (int)(whole.Length / 2)).ToArray();

        Assert.Throws<InvalidDataException>(() => Chunker.Load(new MemoryStream(cut)));
    }
}
