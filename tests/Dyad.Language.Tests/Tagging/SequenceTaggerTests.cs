using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class SequenceTaggerTests
{
    /// <summary>Word identity and the previous tag: enough for the synthetic task below, and no more.</summary>
    private sealed class WordAndPreviousTag : ISequenceFeatureExtractor
    {
        public string Name => "test-word-prev";

        public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
        {
            var words = input.Words;
            features.Add(FeatureHash.Start(0));
            features.Add(FeatureHash.Add(FeatureHash.Start(1), words[index]));
            features.Add(FeatureHash.Add(FeatureHash.Start(2), previousTag));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(3), previousTag), words[index]));
        }
    }

    /// <summary>Only what the side columns say: the text column's entry and whether the value column is odd.</summary>
    private sealed class ColumnsOnly : ISequenceFeatureExtractor
    {
        public string Name => "test-columns";

        public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(1), input.Column(0, index)));
            features.Add(FeatureHash.Add(FeatureHash.Start(2), (int)(input.Value(0, index) & 1)));
        }
    }

    private static readonly string[] Nouns = ["cat", "dog", "bird", "fish"];
    private static readonly string[] Verbs = ["runs", "sleeps", "eats"];

    /// <summary>
    /// Sentences of nouns, verbs and "x". The label of "x" depends on the label before it: after a noun it is
    /// "P", anywhere else "Q", so the tagger must use its own previous prediction.
    /// </summary>
    private static TaggedSentence Sentence(Random random)
    {
        var words = new List<string>();
        var tags = new List<string>();
        var length = random.Next(1, 9);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(3))
            {
                case 0:
                    words.Add(Nouns[random.Next(Nouns.Length)]);
                    tags.Add("N");
                    break;
                case 1:
                    words.Add(Verbs[random.Next(Verbs.Length)]);
                    tags.Add("V");
                    break;
                default:
                    words.Add("x");
                    tags.Add(i > 0 && tags[i - 1] == "N" ? "P" : "Q");
                    break;
            }
        }

        return new TaggedSentence(words, tags);
    }

    private static List<TaggedSentence> Sentences(int seed, int count)
    {
        var random = new Random(seed);
        var result = new List<TaggedSentence>();
        for (var i = 0; i < count; i++)
        {
            result.Add(Sentence(random));
        }

        return result;
    }

    [Fact]
    public void LearnsALabelThatDependsOnThePreviousPrediction()
    {
        var options = new SequenceTrainingOptions { Iterations = 5, TagDictionaryMinCount = 0 };
        var tagger = SequenceTaggerTrainer.Train(Sentences(1, 300), new WordAndPreviousTag(), options);

        Assert.Equal(1.0, SequenceTaggerTrainer.Accuracy(tagger, Sentences(2, 200)));
        Assert.Equal(["N", "P", "V", "Q", "Q"], tagger.Tag(["dog", "x", "runs", "x", "x"]));
    }

    [Fact]
    public void LearnsLabelsCarriedOnlyByTheSideColumns()
    {
        // Every word is "w": the label "A" comes from the text column, "B" from an odd value, else "C".
        var random = new Random(5);
        var sentences = new List<TaggedSentence>();
        for (var s = 0; s < 200; s++)
        {
            var length = random.Next(1, 7);
            var column = new string[length];
            var values = new ulong[length];
            var tags = new string[length];
            for (var i = 0; i < length; i++)
            {
                column[i] = random.Next(3) == 0 ? "a" : "-";
                values[i] = (ulong)random.Next(100);
                tags[i] = column[i] == "a" ? "A" : values[i] % 2 == 1 ? "B" : "C";
            }

            sentences.Add(new TaggedSentence(Enumerable.Repeat("w", length).ToArray(), tags) { Columns = [column], Values = [values] });
        }

        var tagger = SequenceTaggerTrainer.Train(sentences, new ColumnsOnly(), new SequenceTrainingOptions { Iterations = 5, TagDictionaryMinCount = 0 });

        Assert.Equal(1.0, SequenceTaggerTrainer.Accuracy(tagger, sentences));
        Assert.Equal(["A", "B", "C"], tagger.Tag(new TaggedSentence(["w", "w", "w"], ["?", "?", "?"]) { Columns = [["a", "-", "-"]], Values = [[2, 3, 4]] }));
    }

    [Fact]
    public void AColumnShorterThanTheSentenceIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new SequenceInput(["a", "b"], new[] { new[] { "x" } }));
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        var options = new SequenceTrainingOptions { Iterations = 3, TagDictionaryMinCount = 0, Seed = 7 };
        var a = SequenceTaggerTrainer.Train(Sentences(3, 100), new WordAndPreviousTag(), options);
        var b = SequenceTaggerTrainer.Train(Sentences(3, 100), new WordAndPreviousTag(), options);

        Assert.Equal(Save(a), Save(b));
    }

    [Fact]
    public void EmptySentenceGetsNoTags()
    {
        var tagger = SequenceTaggerTrainer.Train(Sentences(4, 20), new WordAndPreviousTag(), new SequenceTrainingOptions { Iterations = 1 });

        Assert.Empty(tagger.Tag(Array.Empty<string>()));
    }

    [Fact]
    public void RefusesSentencesWhoseLabelsDoNotMatchTheirWords()
    {
        var bad = new TaggedSentence(["a", "b"], ["N"]);

        Assert.Throws<ArgumentException>(() => SequenceTaggerTrainer.Train([bad], new WordAndPreviousTag(), new SequenceTrainingOptions()));
    }

    private static byte[] Save(SequenceTagger tagger)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            tagger.Write(writer, quantise: false);
        }

        return stream.ToArray();
    }
}
