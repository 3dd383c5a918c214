using static Dyad.Linking.Tests.Reports;

namespace Dyad.Linking.Tests;

/// <summary>The synthetic cases of issue 5 whose answers are known.</summary>
public sealed class KnownAnswerTests
{
    [Fact]
    public void OneMeetingReportedByFiveOutletsInDifferentWordsAndDateGranularitiesIsOneEvent()
    {
        var events = Link(
            Report("reuters", LinkDate.Day(2012, 6, 18), "040", Obama, Putin, "Reuters", Day(2012, 6, 18), place: LosCabos),
            Report("tass", LinkDate.Day(2012, 6, 18), "044", Putin, Obama, "TASS", Day(2012, 6, 19), place: LosCabos),
            Report("ap", LinkDate.Day(2012, 6, 19), "040", WhiteHouse, Kremlin, "AP", Day(2012, 6, 19), articleDate: true, place: Mexico),
            Report("xinhua", LinkDate.Month(2012, 6), "046", UnitedStates, Russia, "Xinhua", Day(2012, 6, 25)),
            Report("pti", LinkDate.Unknown, "040", Obama, Putin, "PTI", Day(2012, 6, 15), LinkModality.Planned, issues: ["SYRIA"]));

        var meeting = Assert.Single(events);
        Assert.Equal(["pti", "reuters", "ap", "tass", "xinhua"], MentionIds(meeting));
        Assert.Equal((5, 5, 5), (meeting.MentionCount, meeting.ArticleCount, meeting.OutletCount));
        Assert.Equal(LinkDate.Day(2012, 6, 18), meeting.Date);
        Assert.Equal(LinkModality.Occurred, meeting.Modality);
        Assert.Equal("Los Cabos", meeting.Place?.Name);
        Assert.Equal((Day(2012, 6, 15), Day(2012, 6, 25)), (meeting.FirstReported!.Value, meeting.LastReported!.Value));
    }

    [Fact]
    public void TwoMeetingsOfOnePairAWeekApartStayTwoEvents()
    {
        var events = Link(
            Report("first", LinkDate.Day(2013, 5, 6)),
            Report("first-again", LinkDate.Day(2013, 5, 6), source: Putin, target: Obama),
            Report("second", LinkDate.Day(2013, 5, 13)),
            Report("second-again", LinkDate.Day(2013, 5, 14), source: Kremlin, target: WhiteHouse));

        Assert.Equal(
            [["first", "first-again"], ["second", "second-again"]],
            events.Select(MentionIds).OrderBy(ids => ids[0], StringComparer.Ordinal));
    }

    [Fact]
    public void AMeetingPlannedForJuneJoinsTheMeetingThatHappenedOnJune17()
    {
        var events = Link(
            Report("announced", LinkDate.Month(2013, 6), published: Day(2013, 5, 24), modality: LinkModality.Planned),
            Report("held", LinkDate.Day(2013, 6, 17), published: Day(2013, 6, 18)));

        var meeting = Assert.Single(events);
        Assert.Equal(LinkModality.Occurred, meeting.Modality);
        Assert.Equal(LinkDate.Day(2013, 6, 17), meeting.Date);
    }

    [Fact]
    public void TwoPhoneCallsOfOnePairOnDifferentDaysStayTwoEvents()
    {
        var events = Link(
            Report("call-1", LinkDate.Day(2013, 3, 1), "041"),
            Report("call-1-kremlin", LinkDate.Day(2013, 3, 1), "041", Kremlin, WhiteHouse),
            Report("call-2", LinkDate.Day(2013, 3, 2), "041"));

        Assert.Equal(
            [["call-1", "call-1-kremlin"], ["call-2"]],
            events.Select(MentionIds).OrderBy(ids => ids[0], StringComparer.Ordinal));
    }

    [Fact]
    public void ACallInAnArticleWithoutADateStaysApartFromTheDatedCall()
    {
        var events = Link(
            Report("friday-call", LinkDate.Day(2013, 3, 1), "041", Putin, Obama, "RIA", Day(2013, 3, 2)),
            Report("undated-call", LinkDate.Unknown, "041", Obama, Putin, "Asharq Al-Awsat", published: null),
            Report("undated-call-again", LinkDate.Unknown, "041", Putin, Obama, "Asharq Al-Awsat", published: null, article: "article-undated-call"));

        Assert.Equal(
            [["friday-call"], ["undated-call", "undated-call-again"]],
            events.Select(MentionIds).OrderBy(ids => ids[0], StringComparer.Ordinal));
    }

    [Fact]
    public void RerunningTheSameMentionsGivesIdenticalEventIds()
    {
        var mentions = SyntheticMentions.Generate(3000, seed: 7);

        var first = EventLinker.Link(mentions).Select(e => e.Id);
        var second = EventLinker.Link(mentions).Select(e => e.Id);

        Assert.Equal(first, second);
    }
}
