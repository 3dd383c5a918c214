using Dyad.Language.Chunking;
using Dyad.Language.Tagging;
using Dyad.Language.Tokens;
using Dyad.Testing;

namespace Dyad.Language.Tests.Tagging;

/// <summary>
/// The per-thread score cache of <see cref="SequenceTagger"/> (over <see cref="IGroupedFeatureExtractor"/>) and the
/// integer sums of <see cref="PerceptronWeights.Accumulate"/> must give the taggings of plain scoring.
/// </summary>
public sealed class GroupedScoringTests
{
    /// <summary>Hides the grouping of an extractor, so a tagger over it scores every feature of every word afresh.</summary>
    private sealed class Ungrouped(ISequenceFeatureExtractor inner) : ISequenceFeatureExtractor
    {
        public string Name => inner.Name;

        public void Extract(in SequenceInput input, int index, int previousTag, int previousTag2, FeatureBuffer features) =>
            inner.Extract(input, index, previousTag, previousTag2, features);
    }

    /// <summary>One sentence with its columns, from which a <see cref="SequenceInput"/> view is made when needed.</summary>
    internal sealed record Sample(string[] Words, string[][] Columns, ulong[][] Values)
    {
        public SequenceInput Input => new(Words, Columns, Values);
    }

    /// <summary>The same model read back over <paramref name="extractor"/>, quantised or not.</summary>
    private static SequenceTagger Reread(SequenceTagger tagger, ISequenceFeatureExtractor extractor, bool quantise)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            tagger.Write(writer, quantise);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return SequenceTagger.Read(reader, extractor);
    }

    /// <summary>Sentences of words from hostile text, split at random lengths (1 to 40 words).</summary>
    private static List<string[]> HostileSentences(int seed, int count)
    {
        var sentences = new List<string[]>();
        Properties.ForAll(count, random =>
        {
            var text = Properties.HostileText(random) + " The U.S. said on Monday it had sold 1,200 tonnes , up 3.5 pct .";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, tokens);
            var words = new List<string>();
            foreach (var token in tokens)
            {
                words.Add(text[token.Span.Start..token.Span.End]);
            }

            for (var at = 0; at < words.Count;)
            {
                var length = Math.Min(words.Count - at, random.Next(1, 41));
                sentences.Add([.. words.GetRange(at, length)]);
                at += length;
            }
        }, seed);
        return sentences;
    }

    private static List<ulong> Sorted(FeatureBuffer buffer)
    {
        var keys = new List<ulong>(buffer.Keys.ToArray());
        keys.Sort();
        return keys;
    }

    /// <summary>
    /// Checks the grouping contract at every position: groups plus context are exactly the plain features, and equal
    /// group keys always come with equal group features.
    /// </summary>
    internal static void AssertGroupingContract(IGroupedFeatureExtractor extractor, IEnumerable<Sample> sentences)
    {
        var all = new FeatureBuffer();
        var parts = new FeatureBuffer();
        var group = new FeatureBuffer();
        var seen = new Dictionary<ulong, List<ulong>>();
        var positions = 0;
        foreach (var sample in sentences)
        {
            var words = sample.Words;
            var input = sample.Input;
            for (var i = 0; i < words.Length; i++)
            {
                var previous = i % 7 - 1;
                var previous2 = i % 5 - 1;
                all.Clear();
                extractor.Extract(input, i, previous, previous2, all);
                parts.Clear();
                extractor.ExtractContext(input, i, previous, previous2, parts);
                var combined = new List<ulong>(parts.Keys.ToArray());
                for (var g = 0; g < extractor.GroupCount; g++)
                {
                    group.Clear();
                    extractor.ExtractGroup(input, i, previous, previous2, g, group);
                    combined.AddRange(group.Keys.ToArray());
                    var keys = Sorted(group);
                    var key = extractor.GroupKey(input, i, previous, previous2, g);
                    if (seen.TryGetValue(key, out var before))
                    {
                        Assert.Equal(before, keys);
                    }
                    else
                    {
                        seen.Add(key, keys);
                    }
                }

                combined.Sort();
                Assert.Equal(Sorted(all), combined);
                positions++;
            }
        }

        Assert.True(positions > 1000, $"only {positions} positions checked");
        Assert.True(seen.Count < positions * extractor.GroupCount, "no group key repeated, so the key check never ran");
    }

    private static IEnumerable<Sample> PosInputs(List<string[]> sentences, bool clusters)
    {
        foreach (var words in sentences)
        {
            ulong[][] values = clusters ? [ClusterFeatures.Encode(LanguageModels.Clusters, words)] : [];
            yield return new Sample(words, [], values);
        }
    }

    private static IEnumerable<Sample> ChunkInputs(List<string[]> sentences)
    {
        string[] tags = ["NN", "DT", "VBD", "IN", "NNP", ",", "CD", "JJ"];
        foreach (var words in sentences)
        {
            var column = new string[words.Length];
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = tags[(words[i].Length + i) % tags.Length];
            }

            yield return new Sample(words, [column], []);
        }
    }

    [Fact]
    public void PosGroupsAndContextAreExactlyThePlainFeatures()
    {
        var sentences = HostileSentences(11, 60);
        AssertGroupingContract(PosFeatureExtractor.Instance, PosInputs(sentences, clusters: true));
        AssertGroupingContract(PosFeatureExtractor.Instance, PosInputs(sentences, clusters: false));
    }

    [Fact]
    public void ChunkGroupsAndContextAreExactlyThePlainFeatures() =>
        AssertGroupingContract(ChunkFeatureExtractor.Instance, ChunkInputs(HostileSentences(12, 60)));

    /// <summary>Tags and scores every sentence with the cached tagger and the plain one, and asserts bit-equal scores and equal tags.</summary>
    private static void AssertSameTagging(SequenceTagger cached, SequenceTagger plain, IEnumerable<Sample> sentences)
    {
        var classes = cached.Weights.ClassCount;
        var tokens = 0;
        foreach (var sample in sentences)
        {
            var words = sample.Words;
            var input = sample.Input;
            var n = words.Length;
            int[] tagsA = new int[n], tagsB = new int[n];
            float[] scoresA = new float[n * classes], scoresB = new float[n * classes];
            bool[] dictA = new bool[n], dictB = new bool[n];
            cached.Tag(input, tagsA, scoresA, dictA);
            plain.Tag(input, tagsB, scoresB, dictB);
            Assert.Equal(tagsB, tagsA);
            Assert.Equal(scoresB, scoresA);
            Assert.Equal(dictB, dictA);
            var simple = new int[n];
            cached.Tag(input, simple);
            Assert.Equal(tagsB, simple);
            tokens += n;
        }

        Assert.True(tokens > 1000, $"only {tokens} tokens tagged");
        Assert.True(cached.CachedScoreRows() > 0, "the cache was never used");
        Assert.Equal(0, plain.CachedScoreRows());
    }

    [Fact]
    public void ShippedPosModelTagsTheSameWithTheCacheAsWithout()
    {
        var tagger = LanguageModels.Pos.Tagger;
        var plain = Reread(tagger, new Ungrouped(tagger.Extractor), quantise: true);
        AssertSameTagging(tagger, plain, PosInputs(HostileSentences(13, 80), clusters: true));
    }

    [Fact]
    public void ShippedChunkModelTagsTheSameWithTheCacheAsWithout()
    {
        var tagger = LanguageModels.Chunker.Tagger;
        var plain = Reread(tagger, new Ungrouped(tagger.Extractor), quantise: true);
        AssertSameTagging(tagger, plain, ChunkInputs(HostileSentences(14, 80)));
    }

    [SharedDataFact("conll2003/eng.train")]
    public void CachedIntegerTaggingMatchesFloatTaggingOnTrainingSentences()
    {
        var sentences = CoNllReader.ReadFile(Path.Combine(Repo.SharedData!, "conll2003", "eng.train"));
        var sample = new List<CoNllSentence>();
        for (var s = 0; s < sentences.Count && sample.Count < 400; s += 7)
        {
            sample.Add(sentences[s]);
        }

        // Against the same model with float weights (the scoring before integer sums): the same tags, bar a rare
        // near-tie that float rounding decided (5 in 892,901 Reuters tokens for part of speech).
        var pos = LanguageModels.Pos.Tagger;
        var chunk = LanguageModels.Chunker.Tagger;
        var posFloat = Reread(pos, pos.Extractor, quantise: false);
        var chunkFloat = Reread(chunk, chunk.Extractor, quantise: false);
        Assert.False(posFloat.Weights.IsQuantised);
        int tokens = 0, posDiffer = 0, chunkDiffer = 0;
        foreach (var sentence in sample)
        {
            var words = sentence.Words.ToArray();
            ulong[][] codes = [ClusterFeatures.Encode(LanguageModels.Clusters, words)];
            int[] a = new int[words.Length], b = new int[words.Length];
            pos.Tag(new SequenceInput(words, default, codes), a);
            posFloat.Tag(new SequenceInput(words, default, codes), b);
            posDiffer += a.Where((t, i) => t != b[i]).Count();
            string[][] columns = [sentence.PartsOfSpeech.ToArray()];
            chunk.Tag(new SequenceInput(words, columns), a);
            chunkFloat.Tag(new SequenceInput(words, columns), b);
            chunkDiffer += a.Where((t, i) => t != b[i]).Count();
            tokens += words.Length;
        }

        Assert.True(tokens > 4000, $"only {tokens} tokens");
        Assert.True(posDiffer * 10_000 <= tokens, $"{posDiffer} of {tokens} part-of-speech tags differ");
        Assert.True(chunkDiffer * 10_000 <= tokens, $"{chunkDiffer} of {tokens} chunk labels differ");
    }

    [Fact]
    public void ScoreCacheStaysWithinItsBound()
    {
        var tagger = LanguageModels.Chunker.Tagger;
        var random = new Random(5);
        var words = new string[50];
        var tags = new string[50];
        for (var s = 0; s < 1000; s++)
        {
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = "w" + random.Next();
                tags[i] = i % 2 == 0 ? "NN" : "JJ";
            }

            tagger.Tag(new SequenceInput(words, [tags]), new int[words.Length]);
        }

        // 50,000 distinct words, each in two word groups: more distinct keys than rows.
        Assert.True(tagger.CachedScoreRows() > SequenceTagger.ScoreCacheRows / 2, $"{tagger.CachedScoreRows()} rows filled");
        Assert.True(tagger.CachedScoreRows() <= SequenceTagger.ScoreCacheRows);
    }
}
