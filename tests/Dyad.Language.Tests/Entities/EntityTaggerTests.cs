using Dyad.Language.Entities;
using Dyad.Testing;

namespace Dyad.Language.Tests.Entities;

public sealed class EntityTaggerTests
{
    [Fact]
    public void ShippedModelLoadsAndReproducesAKnownTagging()
    {
        var mentions = Tag("Dutch police arrested two men from Amsterdam on Friday , a spokesman for Interpol said .");

        Assert.Equal(["Dutch MISC NORP", "Amsterdam LOC GPE", "Interpol ORG"], Describe(mentions, "Dutch police arrested two men from Amsterdam on Friday , a spokesman for Interpol said ."));
    }

    [Fact]
    public void SavedModelLoadsBackAndTagsTheSame()
    {
        using var stream = new MemoryStream();
        LanguageModels.Entities.Save(stream);
        stream.Position = 0;
        var copy = EntityTagger.Load(stream);
        string[][] sentences = [Words("German Chancellor Helmut Kohl met Boris Yeltsin in Moscow .")];
        string[][] tags = [LanguageModels.Pos.Tag(sentences[0])];

        Assert.Equal(LanguageModels.Entities.TagDocument(sentences, tags), copy.TagDocument(sentences, tags));
    }

    [Fact]
    public void RejectsAStreamThatIsNotAnEntityModel()
    {
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(new MemoryStream("DYADPOS\0garbage"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(new MemoryStream([1, 2, 3])));
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(new MemoryStream([.. "DYADNER\0"u8, 1, 0, 0, 0, 9, 9])));
    }

    [Fact]
    public void FindsPeopleWithoutTheirTitlesAndPlacesAndOrganisationsInNewsProse()
    {
        // Our own sentences, mixed case as in ordinary news text (not CoNLL, not the sample articles).
        const string text =
            "Barack Obama will meet Vladimir Putin next month , officials at the White House said on Monday .\n" +
            "Russian Foreign Minister Sergei Lavrov said the Kremlin had not yet agreed to the talks .\n" +
            "President Barack Obama and President Vladimir Putin last met in St. Petersburg .\n" +
            "NATO said its ministers would discuss the war in Syria at a meeting in Northern Ireland .";
        string[][] sentences = [.. text.Split('\n').Select(Words)];
        string[][] tags = [.. sentences.Select(s => LanguageModels.Pos.Tag(s))];

        var mentions = LanguageModels.Entities.TagDocument(sentences, tags);
        var found = mentions.Select(m => $"{string.Join(' ', sentences[m.Sentence][m.Start..m.End])}/{m.Type}").ToHashSet();
        var subtypes = mentions.Select(m => $"{string.Join(' ', sentences[m.Sentence][m.Start..m.End])}/{m.Subtype}").ToHashSet();

        foreach (var expected in new[]
        {
            "Barack Obama/PER", "Vladimir Putin/PER", "Sergei Lavrov/PER", "White House/ORG", "Kremlin/ORG", "NATO/ORG",
            "Syria/LOC", "Northern Ireland/LOC", "St. Petersburg/LOC",
        })
        {
            Assert.True(found.Contains(expected), $"{expected} not among: {string.Join(", ", found)}");
        }

        Assert.DoesNotContain(found, f => f.StartsWith("President", StringComparison.Ordinal) || f.Contains("Minister", StringComparison.Ordinal));
        Assert.Contains("Syria/GPE", subtypes);
        Assert.Contains("St. Petersburg/GPE", subtypes);
        Assert.Contains("Russian/NORP", subtypes);
        Assert.Contains("NATO/", subtypes);
    }

    [Fact]
    public void APersonMentionGrowsToTheFullNameTheGazetteerLists()
    {
        // "al-Assad" after a given name is rare in CoNLL; the gazetteer lists the full name of the head of state.
        const string sentence = "And our view for some time now has been that Bashar al-Assad has no legitimacy to lead that country .";

        Assert.Contains("Bashar al-Assad PER", Describe(Tag(sentence), sentence));
    }

    [Fact]
    public void FiguresAndSignsStayOutsideYetAFigureThatOpensANameIsKept()
    {
        // Figures and signs are labelled outside unscored, except a figure before a capital, which may open a name.
        const string prices = "Shares of Boeing rose 3.5 percent to $ 52.10 after the company said it sold 12 of its 747 jets to Air France in 1996 .";
        const string sport = "The Premier League side beat 1860 Munich 2-1 on Saturday , with Jurgen Klinsmann scoring twice , said coach Otto Rehhagel .";

        Assert.Equal(["Boeing ORG", "Air France ORG"], Describe(Tag(prices), prices));
        Assert.Contains("1860 Munich ORG", Describe(Tag(sport), sport));
    }

    [Fact]
    public void HostileInputNeverThrowsAndMentionsStayInsideTheirSentences()
    {
        var tagger = LanguageModels.Entities;
        Assert.Empty(tagger.TagDocument([], []));
        Assert.Empty(tagger.TagDocument([[], []], [[], []]));
        Assert.NotNull(tagger.TagDocument([Words("Angela Merkel visited Paris .")], []));
        Assert.NotNull(tagger.TagDocument([Words("Angela Merkel visited Paris .")], [["NNP"]]));
        Assert.NotNull(tagger.TagDocument([[null!, "", "\0", "Paris"]], [[null!, null!]]));
        Assert.NotNull(tagger.TagDocument([[new string('A', 100_000)]], [["NNP"]]));
        var long_ = Enumerable.Repeat("London", 20_000).ToArray();
        Assert.NotNull(tagger.TagDocument([long_], [[]]));

        Properties.ForAll(200, random =>
        {
            var sentences = new string[random.Next(0, 6)][];
            for (var s = 0; s < sentences.Length; s++)
            {
                sentences[s] = Properties.HostileText(random, 80).Split(' ');
            }

            var mentions = tagger.TagDocument(sentences, []);
            foreach (var m in mentions)
            {
                Assert.InRange(m.Sentence, 0, sentences.Length - 1);
                Assert.InRange(m.Start, 0, m.End - 1);
                Assert.InRange(m.End, m.Start + 1, sentences[m.Sentence].Length);
                Assert.Contains(m.Type, new[] { "PER", "ORG", "LOC", "MISC" });
            }
        });
    }

    private static string[] Words(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<EntityMention> Tag(string sentence)
    {
        var words = Words(sentence);
        return LanguageModels.Entities.TagDocument([words], [LanguageModels.Pos.Tag(words)]);
    }

    /// <summary>"text TYPE" per mention, with " SUBTYPE" when there is one.</summary>
    private static string[] Describe(IReadOnlyList<EntityMention> mentions, string sentence)
    {
        var words = Words(sentence);
        return [.. mentions.Select(m => $"{string.Join(' ', words[m.Start..m.End])} {m.Type}" + (m.Subtype is null ? string.Empty : " " + m.Subtype))];
    }
}
