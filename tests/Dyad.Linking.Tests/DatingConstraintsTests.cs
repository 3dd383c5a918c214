using Dyad.Core;
using Dyad.Linking.Dating;

namespace Dyad.Linking.Tests;

public sealed class DatingConstraintsTests
{
    private static readonly TextSpan Somewhere = new(0, 10);

    private static DateClue Past(PartialDate value) => DateClue.FromMention(value, SummitTense.Past, Somewhere, value.ToString())!;

    private static DateClue Ahead(PartialDate value) => DateClue.FromMention(value, SummitTense.Ahead, Somewhere, value.ToString())!;

    private static DateClue Held(string title, params (string From, string? To)[] terms) => new(
        [.. terms.Select(t => new DateRange(DateOnly.Parse(t.From, System.Globalization.CultureInfo.InvariantCulture),
            t.To is null ? DateOnly.MaxValue : DateOnly.Parse(t.To, System.Globalization.CultureInfo.InvariantCulture)))],
        new TextSpan(20, 30), title, $"title: {title}");

    [Fact]
    public void ADayToldAsPastAndADayAheadInTheSameMonthGiveThatMonth()
    {
        var inferred = DateConstraints.Resolve(null, [Past(PartialDate.FromDay(2012, 6, 3)), Ahead(PartialDate.FromDay(2012, 6, 18))]);

        Assert.Equal(PartialDate.FromMonth(2012, 6), inferred?.Value);
        Assert.True(inferred!.Evidence.Inferred);
    }

    [Fact]
    public void BoundsInTwoMonthsOfOneYearGiveOnlyTheYear()
    {
        var inferred = DateConstraints.Resolve(null, [Past(PartialDate.FromDay(2012, 5, 30)), Ahead(PartialDate.FromDay(2012, 6, 18))]);

        Assert.Equal(PartialDate.FromYear(2012), inferred?.Value);
    }

    [Fact]
    public void AYearToldAsPastBoundsFromItsFirstDayAndAYearAheadToItsLast()
    {
        Assert.Equal(new DateRange(new DateOnly(2011, 1, 1), DateOnly.MaxValue), Past(PartialDate.FromYear(2011)).Ranges.Single());
        Assert.Equal(new DateRange(DateOnly.MinValue, new DateOnly(2013, 9, 30)), Ahead(PartialDate.FromMonth(2013, 9)).Ranges.Single());
        Assert.Null(DateClue.FromMention(PartialDate.FromYear(2011), SummitTense.Unknown, Somewhere, "2011"));
        Assert.Null(DateClue.FromMention(PartialDate.FromMonthDay(5, 24), SummitTense.Past, Somewhere, "May 24"));
    }

    [Fact]
    public void OnlyALowerBoundGivesAnUndatedArticleNoDate()
    {
        Assert.Null(DateConstraints.Resolve(null, [Past(PartialDate.FromDay(2012, 6, 18))]));
        Assert.Null(DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), [Past(PartialDate.FromDay(2012, 6, 18))]));
    }

    [Fact]
    public void AStatedDayWithoutItsYearTakesTheOneYearTheFullDatesPutItIn()
    {
        var clues = new[] { Past(PartialDate.FromDay(2013, 3, 3)), Ahead(PartialDate.FromMonth(2013, 9)) };

        Assert.Equal(PartialDate.FromDay(2013, 5, 24), DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), clues)?.Value);
    }

    [Fact]
    public void AStatedDayThatFitsTwoYearsGetsNone()
    {
        var clues = new[] { Past(PartialDate.FromYear(2011)), Ahead(PartialDate.FromYear(2013)) };

        Assert.Null(DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), clues));
    }

    [Fact]
    public void CluesThatContradictEachOtherGiveNoDate()
    {
        var clues = new[] { Past(PartialDate.FromDay(2013, 6, 1)), Ahead(PartialDate.FromDay(2013, 5, 1)) };

        Assert.Null(DateConstraints.Resolve(null, clues));
        Assert.Null(DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), clues));
    }

    [Fact]
    public void AStatedYearIsNeverOverridden()
    {
        Assert.Null(DateConstraints.Resolve(PartialDate.FromYear(2010), [Past(PartialDate.FromDay(2012, 6, 3)), Ahead(PartialDate.FromDay(2012, 6, 18))]));
    }

    [Fact]
    public void ATitleHeldInTwoTermsAllowsEitherAndAStatedDayPicksTheTermItFits()
    {
        // President 2000-2008 and again from 2012; a past mention of 2007 and a plan for 2009 leave only the first term.
        var president = Held("President X", ("2000-05-07", "2008-05-07"), ("2012-05-07", null));
        var clues = new[] { president, Past(PartialDate.FromYear(2007)), Ahead(PartialDate.FromYear(2009)) };

        Assert.Equal(PartialDate.FromDay(2007, 5, 24), DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), clues)?.Value);
        Assert.Null(DateConstraints.Resolve(PartialDate.FromMonthDay(5, 24), [president]));
    }

    [Fact]
    public void ATitleOverlappingASummitWindowDecidesTheYearOfAStatedDay()
    {
        // Ahead of a summit means the half year before it, which may hold two 1 Januaries; the title's term holds one.
        var summit = DateClue.Within(new DateRange(new DateOnly(2011, 12, 21), new DateOnly(2012, 6, 17)), Somewhere, "the G20 summit", "summit: ...");
        var minister = Held("Minister Y", ("2008-05-08", "2012-05-07"));

        Assert.Equal(PartialDate.FromDay(2012, 5, 1), DateConstraints.Resolve(PartialDate.FromMonthDay(5, 1), [summit, minister])?.Value);
        Assert.Null(DateConstraints.Resolve(PartialDate.FromMonthDay(5, 10), [summit, minister]));
    }

    [Fact]
    public void TheEvidenceNamesEveryClueThatNarrowedTheDateAndNoneThatDidNot()
    {
        var wide = Past(PartialDate.FromYear(1999));
        var inferred = DateConstraints.Resolve(null, [Past(PartialDate.FromDay(2012, 6, 3)), wide, Ahead(PartialDate.FromDay(2012, 6, 18))]);

        var method = inferred!.Evidence.Method;
        Assert.Contains("2012-06-03", method, StringComparison.Ordinal);
        Assert.Contains("2012-06-18", method, StringComparison.Ordinal);
        Assert.DoesNotContain("1999", method, StringComparison.Ordinal);
        Assert.Contains("together: 2012-06-03..2012-06-18", method, StringComparison.Ordinal);
        Assert.Equal(Somewhere, inferred.Evidence.Span);
    }

    [Fact]
    public void AClueFromOutsideTheTextLeavesTheSpanToOneInside()
    {
        var shared = DateClue.Within(new DateRange(new DateOnly(2012, 6, 18), new DateOnly(2012, 6, 25)), null, "2012-06-18", "shared event: ...");
        var inferred = DateConstraints.Resolve(null, [shared, Past(PartialDate.FromDay(2012, 6, 20))]);

        Assert.Equal(PartialDate.FromMonth(2012, 6), inferred?.Value);
        Assert.Equal(Somewhere, inferred!.Evidence.Span);
        Assert.StartsWith("shared event", inferred.Evidence.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportOfASharedEventFollowsItsDayAndAnAnnouncementPrecedesIt()
    {
        var day = new DateOnly(2012, 6, 4);

        var report = DateClue.FromSharedEvent(day, LinkModality.Occurred, Somewhere, "met", "Alpha Wire")!;
        var announcement = DateClue.FromSharedEvent(day, LinkModality.Planned, Somewhere, "will meet", "Alpha Wire")!;

        Assert.Equal(new DateRange(day, day.AddDays(DateClue.ReportDays)), Assert.Single(report.Ranges));
        Assert.Equal(new DateRange(day.AddDays(-DateClue.AnnouncementDays), day), Assert.Single(announcement.Ranges));
        Assert.Null(DateClue.FromSharedEvent(day, LinkModality.Negated, Somewhere, "did not meet", "Alpha Wire"));
        Assert.Equal(PartialDate.FromMonth(2012, 6), DateConstraints.Resolve(null, [report])?.Value);
    }

    [Fact]
    public void AReportAndAnAnnouncementOfTheSameDayContradictUnlessTheDayItselfFits()
    {
        var report = DateClue.FromSharedEvent(new DateOnly(2012, 6, 4), LinkModality.Occurred, Somewhere, "met", "A")!;
        var laterPlan = DateClue.FromSharedEvent(new DateOnly(2012, 6, 3), LinkModality.Planned, Somewhere, "will meet", "B")!;

        Assert.Null(DateConstraints.Resolve(null, [report, laterPlan]));
    }
}
