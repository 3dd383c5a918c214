using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

/// <summary>One test per linking rule (docs/linking.md).</summary>
public sealed class LinkingRuleTests
{
    private static readonly LinkDate June18 = LinkDate.Day(2012, 6, 18);

    [Fact]
    public void AMeetingReadEitherWayRoundIsOneMeeting() =>
        Assert.Single(Link(Report("a", June18, "040", Obama, Putin), Report("b", June18, "040", Putin, Obama)));

    [Fact]
    public void AVisitAndItsHostingAreOneEvent() =>
        Assert.Single(Link(Report("visit", June18, "042", Obama, Putin), Report("host", June18, "043", Putin, Obama)));

    [Fact]
    public void AnAccusationReadTheOtherWayRoundIsAnotherAccusation() =>
        Assert.Equal(2, Link(Report("a", June18, "112", Obama, Putin), Report("b", June18, "112", Putin, Obama)).Length);

    [Fact]
    public void EventsOfDifferentRootsNeverLink() =>
        Assert.Equal(2, Link(Report("meet", June18, "040"), Report("accuse", June18, "112")).Length);

    [Fact]
    public void APhoneCallAndAMeetingOnOneDayStayTwoEvents() =>
        Assert.Equal(2, Link(Report("call", June18, "041"), Report("meeting", June18, "044")).Length);

    [Fact]
    public void APersonAndTheirGovernmentLinkAtALowerScore() =>
        Assert.Single(Link(Report("leaders", June18, "040", Obama, Putin), Report("offices", June18, "040", WhiteHouse, Kremlin)));

    [Fact]
    public void ACountryAndItsGovernmentLink() =>
        Assert.Single(Link(Report("leaders", June18, "040", Obama, Putin), Report("countries", June18, "040", UnitedStates, Russia)));

    [Fact]
    public void TwoDifferentPeopleOfTheSameGovernmentsMeetingTheSameDayAreTwoMeetings() =>
        Assert.Equal(2, Link(Report("presidents", June18, "040", Obama, Putin), Report("ministers", June18, "040", Kerry, Lavrov)).Length);

    [Fact]
    public void ActorsOfDifferentCountriesAreNeverCompared() =>
        Assert.Equal(2, Link(Report("a", June18, "040", Obama, Putin), Report("b", June18, "040", Obama, new LinkActor("Angela Merkel", "DEUGOV", "DEU", ActorKind.Person))).Length);

    [Fact]
    public void PlacesInDifferentCountriesKeepReportsApart() =>
        Assert.Equal(2, Link(Report("mexico", June18, place: LosCabos), Report("germany", June18, place: Berlin)).Length);

    [Fact]
    public void TwoPlacesInOneCountryFitOneEvent() =>
        Assert.Single(Link(Report("city", June18, place: LosCabos), Report("country", June18, place: Mexico)));

    [Fact]
    public void StatedDaysOneDayApartAreOneMeetingButTwoDaysApartAreTwo()
    {
        Assert.Single(Link(Report("a", LinkDate.Day(2012, 6, 18)), Report("b", LinkDate.Day(2012, 6, 19))));
        Assert.Equal(2, Link(Report("a", LinkDate.Day(2012, 6, 18)), Report("b", LinkDate.Day(2012, 6, 20))).Length);
    }

    [Fact]
    public void AMentionDatedOnlyByItsArticleJoinsTheEventOfTheDaysBefore() =>
        Assert.Single(Link(
            Report("stated", LinkDate.Day(2012, 6, 18)),
            Report("dated-by-article", LinkDate.Day(2012, 6, 20), published: Day(2012, 6, 20), articleDate: true)));

    [Fact]
    public void AMentionDatedOnlyByItsArticleDoesNotJoinAnEventAWeekEarlier() =>
        Assert.Equal(2, Link(
            Report("stated", LinkDate.Day(2012, 6, 11)),
            Report("dated-by-article", LinkDate.Day(2012, 6, 20), published: Day(2012, 6, 20), articleDate: true)).Length);

    [Fact]
    public void AMentionWithoutADateIsPlacedByItsArticlesDate() =>
        Assert.Single(Link(
            Report("stated", LinkDate.Day(2012, 6, 18)),
            Report("undated", LinkDate.Unknown, published: Day(2012, 6, 19))));

    [Fact]
    public void AMentionDatedByAYearJoinsTheEventOfThatYear() =>
        Assert.Single(Link(Report("stated", June18), Report("year", LinkDate.Year(2012))));

    [Fact]
    public void AMeetingPlannedForJuneDoesNotJoinAMeetingInAugust() =>
        Assert.Equal(2, Link(
            Report("planned", LinkDate.Month(2013, 6), modality: LinkModality.Planned),
            Report("august", LinkDate.Day(2013, 8, 2))).Length);

    [Fact]
    public void AMeetingAnnouncedWithoutADateJoinsTheNextMeetingNotALaterOne()
    {
        var events = Link(
            Report("a-july", LinkDate.Day(2013, 7, 20)),
            Report("b-june", LinkDate.Day(2013, 6, 5)),
            Report("announced", LinkDate.Unknown, published: Day(2013, 6, 1), modality: LinkModality.Planned));

        Assert.Equal(["announced", "b-june"], MentionIds(events.Single(e => e.MentionCount == 2)));
    }

    [Fact]
    public void AMonthMentionJoinsTheBestFittingOfTwoMeetingsInThatMonth()
    {
        var events = Link(
            Report("first", LinkDate.Day(2013, 6, 3), place: Berlin),
            Report("second", LinkDate.Day(2013, 6, 17), place: LosCabos),
            Report("june-in-mexico", LinkDate.Month(2013, 6), place: Mexico));

        Assert.Equal(["june-in-mexico", "second"], MentionIds(events.Single(e => e.MentionCount == 2)));
    }

    [Fact]
    public void TwoPlannedMentionsOfTheSameMonthAreOnePlannedEvent()
    {
        var planned = Assert.Single(Link(
            Report("uspa", LinkDate.Month(2013, 6), modality: LinkModality.Planned, place: new LinkPlace("Lough Erne", "GBR")),
            Report("ria", LinkDate.Month(2013, 6), source: Putin, target: Obama, modality: LinkModality.Planned)));

        Assert.Equal(LinkModality.Planned, planned.Modality);
        Assert.Equal(LinkDate.Month(2013, 6), planned.Date);
    }

    [Fact]
    public void AMentionWithNoDateAtAllJoinsOnlyMentionsOfItsOwnArticle()
    {
        var events = Link(
            Report("dated", June18, article: "pti"),
            Report("same-article", LinkDate.Unknown, article: "pti"),
            Report("other-article", LinkDate.Unknown));

        Assert.Equal([["dated", "same-article"], ["other-article"]], events.Select(MentionIds).OrderBy(ids => ids[0], StringComparer.Ordinal));
    }

    [Fact]
    public void DisjointIssuesLowerTheFitWithoutRulingItOut() =>
        Assert.Single(Link(Report("syria", June18, issues: ["SYRIA"]), Report("trade", June18, issues: ["TRADE"])));

    [Fact]
    public void OccurredWinsOverPlannedAndEachMentionKeepsItsOwnModality()
    {
        var meeting = Assert.Single(Link(
            Report("planned", LinkDate.Day(2012, 6, 18), modality: LinkModality.Planned),
            Report("held", LinkDate.Day(2012, 6, 18))));

        Assert.Equal(LinkModality.Occurred, meeting.Modality);
        Assert.Equal([LinkModality.Occurred, LinkModality.Planned], meeting.Mentions.Select(m => m.Modality));
    }

    [Fact]
    public void TheBestDateIsTheFinestOneTheMentionsState() =>
        Assert.Equal(LinkDate.Day(2012, 6, 18), Link(Report("month", LinkDate.Month(2012, 6)), Report("day", June18)).Single().Date);

    [Fact]
    public void AnEventCountsItsMentionsArticlesAndOutlets()
    {
        var meeting = Assert.Single(Link(
            Report("a1", June18, outlet: "Reuters", article: "r-1"),
            Report("a2", June18, outlet: "Reuters", article: "r-1"),
            Report("b", June18, outlet: "Reuters", article: "r-2"),
            Report("c", June18, outlet: "TASS", article: "t-1")));

        Assert.Equal((4, 3, 2), (meeting.MentionCount, meeting.ArticleCount, meeting.OutletCount));
    }

    [Fact]
    public void ConfidenceGrowsWithIndependentOutletsNotWithArticlesOfOneOutlet()
    {
        var oneOutlet = Link(Report("a", June18, outlet: "Reuters"), Report("b", June18, outlet: "Reuters")).Single();
        var threeOutlets = Link(Report("a", June18, outlet: "Reuters"), Report("b", June18, outlet: "TASS"), Report("c", June18, outlet: "AP")).Single();

        Assert.Equal(0.5, oneOutlet.Confidence, 6);
        Assert.Equal(0.875, threeOutlets.Confidence, 6);
    }

    [Fact]
    public void AnEventIsNamedByItsFirstReportedMentionThenBySmallestId()
    {
        Assert.Equal(EventLinker.EventId("b"), Link(Report("b", June18, published: Day(2012, 6, 18)), Report("a", June18, published: Day(2012, 6, 19))).Single().Id);
        Assert.Equal(EventLinker.EventId("a"), Link(Report("b", June18), Report("a", June18)).Single().Id);
    }

    [Fact]
    public void ALinkerRefusesANegativeWindowOrAThresholdOutsideZeroToOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventLinker(new LinkerOptions { DayTolerance = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventLinker(new LinkerOptions { Threshold = 0 }));
    }

    [Fact]
    public void TwoUnresolvedPronounsAreNoEvidenceOfOneActor()
    {
        var they = new LinkActor("they", null, null);

        Assert.Equal(2, Link(
            Report("came", June18, "042") with { Source = they, Target = null },
            Report("went", June18, "042") with { Source = they, Target = null }).Length);
        Assert.Single(Link(
            Report("came", June18, "042") with { Target = null },
            Report("went", June18, "042") with { Target = null }));
    }

    [Fact]
    public void OneSentenceWithTwoCodesHoldsTwoActsExceptTheCodesOfOneEncounter()
    {
        LinkMention Clause(string id, string code, int sentence) =>
            Report(id, June18, code, Russia, UnitedStates, article: "wire-1") with { Sentence = sentence };

        Assert.Equal(2, Link(Clause("opposes", "110", 3), Clause("accuses", "112", 3)).Length);
        Assert.Single(Link(Clause("opposes", "110", 3), Clause("accuses-later", "112", 4)));
        Assert.Single(Link(Clause("flew-in", "042", 3), Clause("for-talks", "040", 3)));
        Assert.Equal(2, Link(Clause("invited", "036", 3), Clause("to-visit", "042", 3)).Length);
    }

    [Fact]
    public void ASingleSharedSlotMustNameTheSameActorOrAPersonAndTheirGovernment()
    {
        var hezbollah = new LinkActor("Hezbollah", "LBNREB", "LBN", ActorKind.Group);
        var speaker = new LinkActor("Nabih Berri", "LBNLEG", "LBN", ActorKind.Person);

        Assert.Equal(2, Link(
            Report("hezbollah-calls", June18, "020", hezbollah) with { Target = null },
            Report("berri-calls", June18, "020", speaker) with { Target = null }).Length);
        Assert.Single(Link(
            Report("obama-calls", June18, "020", Obama) with { Target = null },
            Report("white-house-calls", June18, "020", WhiteHouse) with { Target = null }));
    }

    [Fact]
    public void AnAnnouncementNamingOneSideOnlyDoesNotReachForwardToALaterEvent()
    {
        var announced = Report("aims-to-withdraw", LinkDate.Unknown, "0874", UnitedStates, published: Day(2005, 11, 22), modality: LinkModality.Planned, articleDate: true);
        var later = Report("pulled-out", LinkDate.Day(2005, 12, 8), "0874", UnitedStates);

        Assert.Equal(2, Link(announced with { Target = null }, later with { Target = null }).Length);
        Assert.Single(Link(announced, later));
    }

    [Fact]
    public void TwoPairsOfDifferentNamesUnderTheSameGovernmentCodesAreTwoMeetingsUnlessOneNameIsTheGovernment()
    {
        var foreignMinister = new LinkActor("Gela Bezhuashvili", "GEOGOV", "GEO");
        var counterpart = new LinkActor("Russian counterpart", "RUSGOV", "RUS");
        var saakashvili = new LinkActor("Mikheil Saakashvili", "GEOGOV", "GEO", ActorKind.Person);

        Assert.Equal(2, Link(
            Report("ministers-met", LinkDate.Day(2006, 11, 1), "040", foreignMinister, counterpart),
            Report("presidents-to-meet", LinkDate.Month(2006, 11), "040", saakashvili, Putin, modality: LinkModality.Planned)).Length);
        Assert.Single(Link(
            Report("leaders-met", June18, "040", Obama, Putin),
            Report("offices-met", June18, "040", WhiteHouse, Kremlin)));
    }
}
