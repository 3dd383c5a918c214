using Dyad.Core;
using Dyad.Linking.Dating;

namespace Dyad.Linking.Tests;

public sealed class PublicationDateInferenceTests
{
    private static SummitClue Clue(string series, string? place = null, string? country = null, SummitTense tense = SummitTense.Ahead, bool week = false) =>
        new(new TextSpan(10, 40), $"the {series} summit", series, place, country, tense, week);

    [Fact]
    public void ADayWithoutItsYearAboveAPreviewOfTheG8AtLoughErneIsDatedTo2013()
    {
        var inferred = PublicationDateInference.Infer(PartialDate.FromMonthDay(5, 24), [Clue("G8", place: "Lough Erne")]);

        Assert.NotNull(inferred);
        Assert.Equal(PartialDate.FromDay(2013, 5, 24), inferred.Value);
        Assert.True(inferred.Evidence.Inferred);
        Assert.Equal(new TextSpan(10, 40), inferred.Evidence.Span);
        Assert.StartsWith(PublicationDateInference.Method, inferred.Evidence.Method, StringComparison.Ordinal);
        Assert.Contains("Lough Erne (2013-06-17)", inferred.Evidence.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUndatedArticleLookingAheadToTheG20InMexicoNextWeekIsDatedToJune2012()
    {
        var inferred = PublicationDateInference.Infer(null, [Clue("G20", country: "MEX", week: true)]);

        Assert.Equal(PartialDate.FromMonth(2012, 6), inferred?.Value);
    }

    [Fact]
    public void WithoutNextWeekAPreviewGivesTheYearWhenTheHalfYearBeforeTheSummitLiesInIt()
    {
        // Hangzhou, 4-5 September 2016: the 180 days before lie in 2016; before Los Cabos (June 2012) they reach into 2011.
        Assert.Equal(PartialDate.FromYear(2016), PublicationDateInference.Infer(null, [Clue("G-20", place: "Hangzhou")])?.Value);
        Assert.Null(PublicationDateInference.Infer(null, [Clue("G-20", country: "MEX")]));
    }

    [Fact]
    public void AReportOfASummitThatWasHeldDatesTheArticleAfterIt()
    {
        var inferred = PublicationDateInference.Infer(PartialDate.FromMonthDay(6, 1), [Clue("NATO", place: "Chicago", tense: SummitTense.Past)]);

        Assert.Equal(PartialDate.FromDay(2012, 6, 1), inferred?.Value);
    }

    [Fact]
    public void ADayOutsideEveryWindowIsNotForcedIntoOne()
    {
        // Ahead of Lough Erne (17 June 2013) means 19 December 2012 to 16 June 2013: no 1 August falls in it.
        Assert.Null(PublicationDateInference.Infer(PartialDate.FromMonthDay(8, 1), [Clue("G8", place: "Lough Erne")]));
    }

    [Fact]
    public void ASeriesHeldTwiceInTheSameCountryYearsApartSaysNothing()
    {
        // The G20 met in the United States in 2008 (Washington) and 2009 (Pittsburgh).
        Assert.Null(PublicationDateInference.Infer(null, [Clue("G20", country: "USA", tense: SummitTense.Unknown)]));
    }

    [Fact]
    public void APlaceOfTwoSeriesIsToldApartByTheSeries()
    {
        var g8 = PublicationDateInference.Infer(PartialDate.FromMonthDay(7, 1), [Clue("G8", place: "Saint Petersburg")]);
        var g20 = PublicationDateInference.Infer(PartialDate.FromMonthDay(7, 1), [Clue("G20", place: "Saint Petersburg")]);

        Assert.Equal(PartialDate.FromDay(2006, 7, 1), g8?.Value);
        Assert.Equal(PartialDate.FromDay(2013, 7, 1), g20?.Value);
    }

    [Fact]
    public void CluesPointingToDifferentYearsGiveNoDate()
    {
        var clues = new[] { Clue("G8", place: "Lough Erne", tense: SummitTense.Unknown), Clue("G20", place: "Los Cabos", tense: SummitTense.Unknown) };

        Assert.Null(PublicationDateInference.Infer(PartialDate.FromMonthDay(5, 24), clues));
        Assert.Null(PublicationDateInference.Infer(null, clues));
    }

    [Fact]
    public void AStatedYearIsNeverOverridden()
    {
        Assert.Null(PublicationDateInference.Infer(PartialDate.FromDay(2020, 5, 24), [Clue("G8", place: "Lough Erne")]));
        Assert.Null(PublicationDateInference.Infer(PartialDate.FromYear(2013), [Clue("G8", place: "Lough Erne")]));
    }

    [Fact]
    public void NoClueOrAnUnknownSummitGivesNoDate()
    {
        Assert.Null(PublicationDateInference.Infer(null, []));
        Assert.Null(PublicationDateInference.Infer(null, [Clue("G8", place: "Atlantis")]));
        Assert.Null(PublicationDateInference.Infer(null, [Clue("G77", country: "MEX")]));
    }

    [Fact]
    public void TheTwentyNinthOfFebruaryOnlyFitsALeapYear()
    {
        // The G20 at Los Cabos (June 2012) looked ahead to from 180 days before: 2012 has a 29 February, 2011 does not.
        var inferred = PublicationDateInference.Infer(PartialDate.FromMonthDay(2, 29), [Clue("G20", place: "Los Cabos")]);

        Assert.Equal(PartialDate.FromDay(2012, 2, 29), inferred?.Value);
    }
}
