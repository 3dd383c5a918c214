using Dyad.Language.Entities;
using Dyad.Language.Tagging;
using Dyad.Language.Tests.Tagging;
using Dyad.Testing;

namespace Dyad.Language.Tests.Entities;

/// <summary>
/// The entity stages score through a per-thread cache of feature-group sums (<see cref="IGroupedFeatureExtractor"/>):
/// the groups must hold exactly the plain features, and tagging must not depend on what the cache holds.
/// </summary>
public sealed class EntityGroupedScoringTests
{
    private static readonly string[] Vocabulary =
        ["the", "The", "THE", "Bank", "of", "England", "said", ",", ".", "1,200", "U.S.", "al-Assad", "McDonald", "x", "Moscow", "van", ""];

    /// <summary>
    /// Random sentences whose twelve value columns hold values drawn from small pools, so that group keys repeat,
    /// and whose words come from a small vocabulary plus hostile text.
    /// </summary>
    private static List<GroupedScoringTests.Sample> RandomSentences(int seed, int count)
    {
        var samples = new List<GroupedScoringTests.Sample>();
        Properties.ForAll(count, random =>
        {
            var length = random.Next(1, 30);
            var words = new string[length];
            for (var i = 0; i < length; i++)
            {
                words[i] = random.Next(8) == 0 ? Properties.HostileText(random, 12) : Vocabulary[random.Next(Vocabulary.Length)];
            }

            var tags = new string[length];
            var values = new ulong[12][];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = new ulong[length];
                for (var i = 0; i < length; i++)
                {
                    // Mostly small values (flags, counts, labels), sometimes a full 64-bit one (hashes, packed classes).
                    values[c][i] = random.Next(3) == 0 ? (ulong)random.NextInt64() : (ulong)random.Next(4) << random.Next(3) * 16;
                }
            }

            for (var i = 0; i < length; i++)
            {
                tags[i] = random.Next(2) == 0 ? "NNP" : "NN";
            }

            samples.Add(new GroupedScoringTests.Sample(words, [tags], values));
        }, seed);
        return samples;
    }

    [Fact]
    public void FirstStageGroupsAndContextAreExactlyThePlainFeatures() =>
        GroupedScoringTests.AssertGroupingContract(EntityFeatureExtractor.FirstStage, RandomSentences(21, 300));

    [Fact]
    public void SecondStageGroupsAndContextAreExactlyThePlainFeatures() =>
        GroupedScoringTests.AssertGroupingContract(EntityFeatureExtractor.SecondStage, RandomSentences(22, 300));

    [Fact]
    public void TaggingDoesNotDependOnWhatTheScoreCacheHolds()
    {
        const string text =
            "Barack Obama will meet Vladimir Putin in Moscow next month , officials at the White House said .\n" +
            "The Bank of England said on Monday it had bought 1,200 tonnes of gold from Russia 's central bank .\n" +
            "MOSCOW 1996-08-22 Russian Foreign Minister Sergei Lavrov said the Kremlin had not agreed .\n" +
            "Obama and Putin last met in St. Petersburg , where Lavrov told the Financial Times that talks would go on .";
        string[][] sentences = [.. text.Split('\n').Select(s => s.Split(' '))];
        string[][] tags = [.. sentences.Select(s => LanguageModels.Pos.Tag(s))];
        var tagger = LanguageModels.Entities;

        // A cold cache: a thread that has tagged nothing yet.
        IReadOnlyList<EntityMention>? cold = null;
        var thread = new Thread(() => cold = tagger.TagDocument(sentences, tags));
        thread.Start();
        thread.Join();

        var warm = tagger.TagDocument(sentences, tags);
        var again = tagger.TagDocument(sentences, tags);

        // Fill the cache with many unrelated capitalised words (evicting the document's rows), then tag once more.
        var random = new Random(7);
        for (var d = 0; d < 400; d++)
        {
            var words = new string[40];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = "Z" + random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            tagger.TagDocument([words], [LanguageModels.Pos.Tag(words)]);
        }

        var evicted = tagger.TagDocument(sentences, tags);

        Assert.NotNull(cold);
        Assert.Contains(cold, m => m.Type == "PER");
        Assert.Equal(cold, warm);
        Assert.Equal(cold, again);
        Assert.Equal(cold, evicted);
    }

    [Fact]
    public void CachedAndUncachedScoringFindTheSameMentionsInRandomDocuments()
    {
        var cached = LanguageModels.Entities;
        var plain = cached.WithScoreCache(false);
        Assert.True(cached.UsesScoreCache);
        Assert.False(plain.UsesScoreCache);
        string[] lines =
        [
            "Barack Obama will meet Vladimir Putin in Moscow next month , officials at the White House said .",
            "The Bank of England said on Monday it had bought 1,200 tonnes of gold from Russia 's central bank .",
            "MOSCOW 1996-08-22 Russian Foreign Minister Sergei Lavrov said the Kremlin had not agreed .",
            "Manchester United beat Ajax Amsterdam 2-1 in the UEFA Cup on Tuesday .",
        ];
        var mentions = 0;
        Properties.ForAll(60, random =>
        {
            // A document of shuffled news sentences, hostile text and random words, with random capitalisation.
            var sentences = new List<string[]>();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                var words = random.Next(3) switch
                {
                    0 => Properties.HostileText(random, 80).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    1 => [.. Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])],
                    _ => lines[random.Next(lines.Length)].Split(' '),
                };
                if (random.Next(4) == 0)
                {
                    words = [.. words.Select(w => w.ToUpperInvariant())];
                }

                sentences.Add(words);
            }

            string[][] tags = [.. sentences.Select(s => LanguageModels.Pos.Tag(s))];
            var expected = plain.TagDocument(sentences, tags);
            Assert.Equal(expected, cached.TagDocument(sentences, tags));
            mentions += expected.Count;
        });

        Assert.True(mentions > 50, $"only {mentions} mentions found");
    }
}
