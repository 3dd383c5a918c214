using Dyad.Language.Lexicon;
using Dyad.Testing;

namespace Dyad.Language.Tests.Lexicon;

public sealed class GazetteerTests
{
    private static Gazetteer Small()
    {
        var builder = new GazetteerBuilder();
        builder.Add("New York", GazetteerClass.City);
        builder.Add("New York City", GazetteerClass.City);
        builder.Add("New York Times", GazetteerClass.Organisation);
        builder.Add("York", GazetteerClass.City);
        builder.Add("Georgia", GazetteerClass.Country, "GEO");
        builder.Add("Georgia", GazetteerClass.Region, "USA");
        builder.Add("Prime Minister", GazetteerClass.Title);
        builder.Add("Minister", GazetteerClass.Title);
        builder.Add("St. Petersburg", GazetteerClass.City, "RUS");
        builder.Add("Russian", GazetteerClass.Demonym, "RUS");
        return builder.Build();
    }

    private static string[] Words(string sentence) => sentence.Split(' ');

    [Fact]
    public void MatchesTheLongestEntryAtEachStart()
    {
        var matches = new List<GazetteerMatch>();

        var added = Small().Match(Words("He moved to New York City and read the New York Times ."), matches);

        Assert.Equal(2, added);
        Assert.Equal(new GazetteerMatch(3, 3, GazetteerClass.City), matches[0]);
        Assert.Equal(new GazetteerMatch(9, 3, GazetteerClass.Organisation), matches[1]);
    }

    [Fact]
    public void FallsBackToAShorterEntryWhenTheLongerOneBreaksOff()
    {
        var matches = new List<GazetteerMatch>();

        Small().Match(Words("New York Mets"), matches);

        Assert.Equal([new GazetteerMatch(0, 2, GazetteerClass.City)], matches);
    }

    [Fact]
    public void MatchesAreLeftToRightAndNeverOverlap()
    {
        var matches = new List<GazetteerMatch>();

        // "New York" wins at word 0, so "York" inside it is not matched again; the second "York" is.
        Small().Match(Words("New York York"), matches);

        Assert.Equal([new GazetteerMatch(0, 2, GazetteerClass.City), new GazetteerMatch(2, 1, GazetteerClass.City)], matches);
    }

    [Fact]
    public void MatchesTheAllCapsVariantOfEveryEntry()
    {
        var matches = new List<GazetteerMatch>();

        Small().Match(Words("RUSSIAN PRIME MINISTER VISITS ST. PETERSBURG"), matches);

        Assert.Equal(
            [
                new GazetteerMatch(0, 1, GazetteerClass.Demonym),
                new GazetteerMatch(1, 2, GazetteerClass.Title),
                new GazetteerMatch(4, 2, GazetteerClass.City),
            ],
            matches);
    }

    [Fact]
    public void IgnoresOtherCasings()
    {
        var matches = new List<GazetteerMatch>();

        var added = Small().Match(Words("new york and New york and russian"), matches);

        Assert.Equal(0, added);
        Assert.Empty(matches);
    }

    [Fact]
    public void MarkFlagsTheFirstWordAndTheInsideWordsOfEachMatch()
    {
        var words = Words("The Prime Minister flew to New York City .");
        var begins = new GazetteerClass[words.Length];
        var insides = new GazetteerClass[words.Length];

        Small().Mark(words, begins, insides);

        Assert.Equal(
            [GazetteerClass.None, GazetteerClass.Title, GazetteerClass.None, GazetteerClass.None, GazetteerClass.None, GazetteerClass.City, GazetteerClass.None, GazetteerClass.None, GazetteerClass.None],
            begins);
        Assert.Equal(
            [GazetteerClass.None, GazetteerClass.None, GazetteerClass.Title, GazetteerClass.None, GazetteerClass.None, GazetteerClass.None, GazetteerClass.City, GazetteerClass.City, GazetteerClass.None],
            insides);
    }

    [Fact]
    public void MarkClearsWhatTheSpansHeldBefore()
    {
        var begins = new GazetteerClass[3];
        var insides = new GazetteerClass[3];
        Array.Fill(begins, GazetteerClass.Person);
        Array.Fill(insides, GazetteerClass.Person);

        Small().Mark(Words("a b c"), begins, insides);

        Assert.All(begins, c => Assert.Equal(GazetteerClass.None, c));
        Assert.All(insides, c => Assert.Equal(GazetteerClass.None, c));
    }

    [Fact]
    public void MarkRejectsSpansShorterThanTheWords()
    {
        Assert.Throws<ArgumentException>(() => Small().Mark(Words("a b c"), new GazetteerClass[2], new GazetteerClass[3]));
    }

    [Fact]
    public void LookupUnitesTheClassesOfARepeatedPhraseAndKeepsTheFirstCode()
    {
        var gazetteer = Small();

        Assert.Equal(GazetteerClass.Country | GazetteerClass.Region, gazetteer.Lookup("Georgia", out var code));
        Assert.Equal("GEO", code);
        Assert.Equal(GazetteerClass.Country | GazetteerClass.Region, gazetteer.Lookup("GEORGIA"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("New"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup(""));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("New  York"));
    }

    [Fact]
    public void BuilderTokenizesEntriesAsSentencesAreTokenized()
    {
        var builder = new GazetteerBuilder();

        Assert.Equal("Russia 's", builder.Add("Russia's", GazetteerClass.Country));
        Assert.Equal("U.S. Army", builder.Add("  U.S.   Army ", GazetteerClass.Organisation));
        Assert.Null(builder.Add("   ", GazetteerClass.City));
        Assert.Null(builder.Add("Nowhere", GazetteerClass.None));
        Assert.Equal(2, builder.Count);
    }

    [Fact]
    public void BuilderRejectsMalformedPhrases()
    {
        var builder = new GazetteerBuilder();

        Assert.Throws<ArgumentException>(() => builder.Add(new GazetteerEntry(" York", GazetteerClass.City)));
        Assert.Throws<ArgumentException>(() => builder.Add(new GazetteerEntry("New\tYork", GazetteerClass.City)));
        Assert.Throws<ArgumentException>(() => builder.Add(new GazetteerEntry("York", GazetteerClass.None)));
    }

    [Fact]
    public void SaveThenLoadKeepsEveryEntryAndWritesTheSameBytesAgain()
    {
        var original = Small();
        using var first = new MemoryStream();
        original.Save(first);
        first.Position = 0;

        var loaded = Gazetteer.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.Equal(original.Entries, loaded.Entries);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(GazetteerClass.City, loaded.Lookup("ST. PETERSBURG", out var code));
        Assert.Equal("RUS", code);
    }

    [Fact]
    public void LoadRejectsAnotherFormatOrATruncatedFile()
    {
        using var saved = new MemoryStream();
        Small().Save(saved);
        var bytes = saved.ToArray();

        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream("DYADPOS\0\u0001\0\0\0"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(bytes[..5])));
        Assert.ThrowsAny<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void NullAndHostileWordsNeverBreakMatching()
    {
        var gazetteer = Small();
        Properties.ForAll(200, random =>
        {
            var words = new string[random.Next(0, 30)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = random.Next(6) switch
                {
                    0 => null!,
                    1 => "New",
                    2 => "York",
                    3 => "City",
                    _ => Properties.HostileText(random, 12),
                };
            }

            var matches = new List<GazetteerMatch>();
            gazetteer.Match(words, matches);
            var begins = new GazetteerClass[words.Length];
            var insides = new GazetteerClass[words.Length];
            gazetteer.Mark(words, begins, insides);

            var end = 0;
            foreach (var match in matches)
            {
                Assert.True(match.Start >= end && match.Length > 0 && match.End <= words.Length);
                Assert.Equal(match.Classes, begins[match.Start]);
                end = match.End;
            }

            Assert.Equal(matches.Count, begins.Count(c => c != GazetteerClass.None));
        });
    }
}
