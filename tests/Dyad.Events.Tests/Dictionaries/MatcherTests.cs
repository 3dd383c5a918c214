using Dyad.Events.Dictionaries;
using Dyad.Testing;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>Issue and discard matching over sentences.</summary>
public sealed class MatcherTests
{
    private static IssueMatcher Issues(string text) =>
        new(ListDictionaryReader.ReadIssues(text, "i.txt", new List<DictionaryDiagnostic>()));

    private static DiscardMatcher Discards(string text) =>
        new(ListDictionaryReader.ReadDiscards(text, "d.txt", new List<DictionaryDiagnostic>()));

    // Rule: every expanded form matches, case-insensitively; each occurrence counts once.
    [Fact]
    public void CountsIssuePhrasesInAllTheirForms()
    {
        var m = Issues("<ISSUE CATEGORY=\"EDUCATION\">\nn:school [SCHOOLS]\npre+k [EARLY_CHILDHOOD_EDUCATION]\n</ISSUE>\n");
        var found = m.Match("Schools reopened; the school for pre-K children and the Pre K class, said the school.");
        Assert.Equal([new IssueMatch("SCHOOLS", 3, "EDUCATION"), new IssueMatch("EARLY_CHILDHOOD_EDUCATION", 2, "EDUCATION")], found);
        Assert.Empty(m.Match("Scholars met."));
    }

    // Rule: the longest phrase at a position wins, so a phrase inside a longer one is not counted again.
    [Fact]
    public void PrefersTheLongestPhrase()
    {
        var m = Issues("n:crime [CRIME]\nwar n:crime [WAR_CRIMES]\n");
        Assert.Equal([new IssueMatch("WAR_CRIMES", 1, null)], m.Match("They were charged with war crimes."));
    }

    // Rule: '~' in the sentence and '~~' in the story cancel their category's issues.
    [Fact]
    public void IgnorePhrasesCancelTheirCategory()
    {
        var m = Issues("<ISSUE CATEGORY=\"EDUCATION\">\nhead start [EARLY_CHILDHOOD_EDUCATION]\n~a head start\n</ISSUE>\n<ISSUE CATEGORY=\"ID_ATROCITY\">\nn:genocide [ID_ATROCITY]\n~~Armenian genocide\n</ISSUE>\n");
        Assert.Empty(m.Match("They got a head start."));
        Assert.Single(m.Match("Funding for Head Start grew."));
        Assert.Single(m.Match("Genocide was alleged."));
        Assert.Empty(m.Match("Genocide was alleged.", story: "On the anniversary of the Armenian genocide, genocide was alleged."));
    }

    // Rule: a discard's last word is a stem unless it ended in '_'; '+' phrases discard the whole story.
    [Fact]
    public void FindsDiscardsWithStemsAndWholeWords()
    {
        var d = Discards("BATSM\nFOOTBALL_\n+WORLD CUP\n");
        Assert.Equal("BATSM", d.Find("The batsmen walked off.")!.Phrase);
        Assert.Equal("FOOTBALL", d.Find("A football match.")!.Phrase);
        Assert.Null(d.Find("Footballers met the minister."));
        Assert.Null(d.Find("Putin met Obama at the summit."));
        Assert.True(d.Find("Before the World Cup final, the leaders met.")!.WholeStory);
        Assert.Null(d.Find("The batsmen walked off.", storyLevelOnly: true));
    }

    [Fact]
    public void MatchersTakeHostileTextInStride() =>
        Properties.ForAll(50, rng =>
        {
            var text = Properties.HostileText(rng);
            _ = Issues("n:school [SCHOOLS]\n").Match(text, text);
            _ = Discards("BATSM\n").Find(text);
        });

    [SharedDataFact("event-coding/petrarch2")]
    public void PhoenixListsCodeIssuesAndDiscardSportsSentences()
    {
        var d = PetrarchDictionaries.Load(Path.Combine(Repo.SharedData!, "event-coding", "petrarch2"));
        var issues = new IssueMatcher(d.Issues).Match("The talks covered nuclear proliferation, ICBMs and the refugee crisis.");
        Assert.Contains(issues, i => i.Code == "ID_PROLIFERATION");
        Assert.Contains(issues, i => i.Code == "NUCLEAR_WEAPONS");
        var discards = new DiscardMatcher(d.Discards);
        Assert.NotNull(discards.Find("The batsmen walked off after rain stopped play."));
        Assert.Null(discards.Find("President Obama and President Putin discussed Syria by telephone."));
    }
}
