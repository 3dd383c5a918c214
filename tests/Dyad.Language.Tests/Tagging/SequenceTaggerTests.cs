using Dyad.Language.Tagging;

namespace Dyad.Language.Tests.Tagging;

public sealed class SequenceTaggerTests
{
    /// <summary>Word identity and the previous tag: enough for the synthetic task below, and no more.</summary>
    private sealed class WordAndPreviousTag : ISequenceFeatureExtractor
    {
        public string Name => "test-word-prev";

        public void Extract(ReadOnlySpan<string> words, int index, int previousTag, int previousTag2, FeatureBuffer features)
        {
            features.Add(FeatureHash.Start(0));
            features.Add(FeatureHash.Add(FeatureHash.Start(1), words[index]));
            features.Add(FeatureHash.Add(FeatureHash.Start(2), previousTag));
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(3), previousTag), words[index]));
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
