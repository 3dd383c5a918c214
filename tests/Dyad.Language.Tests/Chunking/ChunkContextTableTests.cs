using Dyad.Language.Chunking;
using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Chunking;

public sealed class ChunkContextTableTests
{
    private static readonly string[] Labels = ["O", "B-NP", "I-NP", "B-VP"];

    private static TaggedSentence Sentence(string words, string tags, string labels) =>
        new(words.Split(' '), labels.Split(' ')) { Columns = [tags.Split(' ')] };

    private static bool Settles(ChunkContextTable table, string tags, int index, int previous, out int label)
    {
        var tagArray = tags.Split(' ');
        var words = new string[tagArray.Length];
        Array.Fill(words, "w");
        return table.TryLabel(new SequenceInput(words, [tagArray]), index, previous, out label);
    }

    [Fact]
    public void AContextSeenOftenEnoughWithOneLabelIsSettled()
    {
        var sentences = Enumerable.Repeat(Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"), 3).ToList();
        var table = ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99);

        Assert.True(Settles(table, "DT NN VBD", 1, previous: 1, out var label));
        Assert.Equal("I-NP", Labels[label]);
    }

    [Fact]
    public void AContextSeenTooRarelyIsLeftToTheModel()
    {
        var sentences = Enumerable.Repeat(Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"), 2).ToList();
        var table = ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99);

        Assert.False(Settles(table, "DT NN VBD", 1, previous: 1, out _));
    }

    [Fact]
    public void AContextWhoseLabelVariesIsLeftToTheModel()
    {
        var sentences = new List<TaggedSentence>
        {
            Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"),
            Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"),
            Sentence("the dog barked", "DT NN VBD", "B-NP B-NP B-VP"),
        };
        var table = ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99);

        Assert.False(Settles(table, "DT NN VBD", 1, previous: 1, out _));
        Assert.True(Settles(ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.6), "DT NN VBD", 1, previous: 1, out _));
    }

    [Fact]
    public void ThePreviousLabelIsPartOfTheContext()
    {
        var sentences = Enumerable.Repeat(Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"), 3).ToList();
        var table = ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99);

        Assert.False(Settles(table, "DT NN VBD", 1, previous: 0, out _));
    }

    [Fact]
    public void TheTableSurvivesSavingAndLoading()
    {
        var sentences = Enumerable.Repeat(Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"), 3).ToList();
        var table = ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var loaded = ChunkContextTable.Read(reader, Labels.Length);

        Assert.Equal(table.Count, loaded.Count);
        Assert.True(Settles(loaded, "DT NN VBD", 2, previous: 2, out var label));
        Assert.Equal("B-VP", Labels[label]);
    }

    [Fact]
    public void ACorruptEntryIsRejected()
    {
        var sentences = Enumerable.Repeat(Sentence("the dog barked", "DT NN VBD", "B-NP I-NP B-VP"), 3).ToList();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ChunkContextTable.Build(sentences, Labels, minCount: 3, purity: 0.99).Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        Assert.Throws<InvalidDataException>(() => ChunkContextTable.Read(reader, labelCount: 2));
    }

    [Fact]
    public void TheShippedChunkerSettlesCommonContextsAndAgreesWithItsModelThere()
    {
        var shipped = LanguageModels.Chunker;
        var modelOnly = new Chunker(shipped.Tagger);
        Assert.True(shipped.Contexts.Count > 500, $"{shipped.Contexts.Count} contexts");

        var random = new Random(7);
        var vocabulary = "the of Germany said 3. , NEW YORK ( Reuters ) - shares rose fell 12.5 percent on Monday he was Smith 's to buy a new plan and talks in Moscow".Split(' ');
        int settled = 0, agreed = 0;
        for (var n = 0; n < 300; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var tags = LanguageModels.Pos.Tag(words);
            var withTable = shipped.Label(words, tags);
            var withModel = modelOnly.Label(words, tags);
            for (var i = 0; i < words.Length; i++)
            {
                var previous = i == 0 ? -1 : IndexOf(shipped, withTable[i - 1]);
                if (shipped.Contexts.TryLabel(new SequenceInput(words, [tags]), i, previous, out _))
                {
                    settled++;
                    agreed += withTable[i] == withModel[i] ? 1 : 0;
                }
            }
        }

        Assert.True(settled > 500, $"{settled} words settled");
        Assert.True(agreed >= 0.95 * settled, $"{agreed} of {settled} settled words agree with the model alone");
    }

    private static int IndexOf(Chunker chunker, string label)
    {
        for (var i = 0; i < chunker.Labels.Count; i++)
        {
            if (chunker.Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
