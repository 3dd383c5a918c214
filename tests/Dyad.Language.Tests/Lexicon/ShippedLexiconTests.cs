using Dyad.Language.Lexicon;

namespace Dyad.Language.Tests.Lexicon;

/// <summary>The gazetteer and the word clusters embedded in Dyad.Language (Models/gazetteer.bin, clusters.bin).</summary>
public sealed class ShippedLexiconTests
{
    [Fact]
    public void EmbeddedGazetteerLoads()
    {
        var gazetteer = LanguageModels.Gazetteer;

        Assert.True(gazetteer.EntryCount > 30_000, gazetteer.ToString());
        Assert.Same(gazetteer, LanguageModels.Gazetteer);
    }

    [Theory]
    [InlineData("Russian", GazetteerClass.Demonym)]
    [InlineData("Russians", GazetteerClass.Demonym)]
    [InlineData("Syrian", GazetteerClass.Demonym)]
    [InlineData("Syrians", GazetteerClass.Demonym)]
    [InlineData("Americans", GazetteerClass.Demonym)]
    [InlineData("Chinese", GazetteerClass.Demonym)]
    [InlineData("Northern Ireland", GazetteerClass.Region)]
    [InlineData("Middle East", GazetteerClass.Region)]
    [InlineData("Europe", GazetteerClass.Region)]
    [InlineData("NATO", GazetteerClass.InternationalOrganisation)]
    [InlineData("United Nations", GazetteerClass.InternationalOrganisation)]
    [InlineData("European Union", GazetteerClass.InternationalOrganisation)]
    [InlineData("G20", GazetteerClass.InternationalOrganisation)]
    [InlineData("Kremlin", GazetteerClass.Organisation)]
    [InlineData("White House", GazetteerClass.Organisation)]
    [InlineData("State Department", GazetteerClass.Organisation)]
    [InlineData("Russia", GazetteerClass.Country)]
    [InlineData("Russian Federation", GazetteerClass.Country)]
    [InlineData("Turkey", GazetteerClass.Country)]
    [InlineData("U.S.", GazetteerClass.Country)]
    [InlineData("Moscow", GazetteerClass.Capital)]
    [InlineData("Washington", GazetteerClass.Capital)]
    [InlineData("St. Petersburg", GazetteerClass.City)]
    [InlineData("Angela Merkel", GazetteerClass.Person)]
    [InlineData("Merkel", GazetteerClass.Surname)]
    [InlineData("Prime Minister", GazetteerClass.Title)]
    [InlineData("Gen.", GazetteerClass.Title)]
    public void KnowsWellKnownEntries(string phrase, GazetteerClass expected)
    {
        Assert.True((LanguageModels.Gazetteer.Lookup(phrase) & expected) != 0, $"{phrase}: {LanguageModels.Gazetteer.Lookup(phrase)}");
    }

    [Theory]
    [InlineData("Of")]
    [InlineData("Police")]
    [InlineData("Mobile")]
    [InlineData("Reading")]
    [InlineData("Union")]
    [InlineData("March")]
    [InlineData("Sunday")]
    public void OrdinaryWordsAreNotCities(string word)
    {
        Assert.Equal(GazetteerClass.None, LanguageModels.Gazetteer.Lookup(word) & (GazetteerClass.City | GazetteerClass.GivenName));
    }

    [Fact]
    public void CountriesCarryTheirIsoCode()
    {
        LanguageModels.Gazetteer.Lookup("Syria", out var syria);
        LanguageModels.Gazetteer.Lookup("Russians", out var russians);
        LanguageModels.Gazetteer.Lookup("American", out var american);
        LanguageModels.Gazetteer.Lookup("French", out var french);

        Assert.Equal("SYR", syria);
        Assert.Equal("RUS", russians);
        Assert.Equal("USA", american);
        Assert.Equal("FRA", french);
    }

    [Fact]
    public void FindsPlacesPeoplesAndOrganisationsInAHeadlineInCapitals()
    {
        var words = "CHANCELLOR ANGELA MERKEL MEETS NATO ALLIES IN NORTHERN IRELAND".Split(' ');
        var matches = new List<GazetteerMatch>();

        LanguageModels.Gazetteer.Match(words, matches);

        Assert.Contains(matches, m => m.Start == 1 && m.Length == 2 && m.Classes.HasFlag(GazetteerClass.Person));
        Assert.Contains(matches, m => m.Start == 4 && m.Classes.HasFlag(GazetteerClass.InternationalOrganisation));
        Assert.Contains(matches, m => m.Start == 7 && m.Length == 2 && m.Classes.HasFlag(GazetteerClass.Region));
    }

    [Fact]
    public void EmbeddedClustersLoadAndKnowFrequentWords()
    {
        var clusters = LanguageModels.Clusters;

        Assert.True(clusters.WordCount > 20_000, clusters.ToString());
        foreach (var word in new[] { "the", "said", "government", "Monday", "percent", "Reuters", "president" })
        {
            Assert.True(clusters.TryGet(word, out _, out var length), word);
            Assert.InRange(length, 1, WordClusters.MaxPathLength);
        }

        Assert.False(clusters.TryGet("Zqxwvutsrqp", out _, out _));
    }

    [Theory]
    [InlineData("Monday", "Tuesday", 8)]
    [InlineData("Tuesday", "Friday", 8)]
    [InlineData("January", "March", 5)]
    [InlineData("officials", "analysts", 5)]
    [InlineData("Inc", "Corp", 8)]
    public void SimilarWordsShareALongPathPrefix(string a, string b, int atLeast)
    {
        var clusters = LanguageModels.Clusters;
        Assert.True(clusters.TryGet(a, out var pa, out var la));
        Assert.True(clusters.TryGet(b, out var pb, out var lb));

        Assert.True(SharedPrefix(pa, la, pb, lb) >= atLeast, $"{a} {WordClusters.Format(pa, la)} / {b} {WordClusters.Format(pb, lb)}");
    }

    [Fact]
    public void UnrelatedWordsPartEarlierThanSimilarOnes()
    {
        var clusters = LanguageModels.Clusters;
        clusters.TryGet("Monday", out var monday, out var lm);
        clusters.TryGet("Tuesday", out var tuesday, out var lt);
        clusters.TryGet("the", out var the, out var lthe);

        Assert.True(SharedPrefix(monday, lm, the, lthe) < SharedPrefix(monday, lm, tuesday, lt));
    }

    [Fact]
    public void WordsInCapitalsFallBackToTheirLowerCaseForm()
    {
        var clusters = LanguageModels.Clusters;
        var known = new HashSet<string>(clusters.Words, StringComparer.Ordinal);

        // Frequent lower-case words whose capitalised spelling the corpus never showed.
        var checkedWords = 0;
        foreach (var word in clusters.Words.Where(w => w.Length > 6 && w.All(char.IsAsciiLetterLower)).Take(200))
        {
            var upper = word.ToUpperInvariant();
            if (known.Contains(upper))
            {
                continue;
            }

            Assert.True(clusters.TryGet(word, out var lower, out var lowerLength));
            Assert.True(clusters.TryGet(upper, out var path, out var length), upper);
            Assert.Equal((lower, lowerLength), (path, length));
            checkedWords++;
        }

        Assert.True(checkedWords > 50, $"only {checkedWords} words checked");
    }

    private static int SharedPrefix(ulong a, int la, ulong b, int lb)
    {
        var n = Math.Min(la, lb);
        var shared = 0;
        while (shared < n && WordClusters.Prefix(a, la, shared + 1) == WordClusters.Prefix(b, lb, shared + 1))
        {
            shared++;
        }

        return shared;
    }
}
