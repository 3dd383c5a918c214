using Dyad.Cli.Running;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

namespace Dyad.Cli.Tests;

/// <summary>Inferred publication dates from the text itself: dated expressions told as past or ahead, and role titles.</summary>
public sealed class PublicationDatingRulesTests
{
    private static Attested<PartialDate>? Infer(string text, PartialDate? stated = null)
    {
        var annotated = LanguagePipeline.Default.Annotate(text, stated);
        var events = EventExtractor.Default.Extract(annotated, QuoteExtractor.Extract(annotated));
        return PublicationDating.Infer(stated, annotated, events);
    }

    private static IReadOnlyList<Dyad.Linking.Dating.DateClue> Titles(string text) =>
        PublicationDating.TitleClues(LanguagePipeline.Default.Annotate(text));

    [Fact]
    public void ADayToldAsPastAndADayPlannedInTheSameMonthDateAnUndatedArticleToThatMonth()
    {
        var inferred = Infer("The two foreign ministers met in Geneva on June 4, 2012. They will meet again in Vienna on June 29, 2012.");

        Assert.Equal(PartialDate.FromMonth(2012, 6), inferred?.Value);
        Assert.Contains("told as past", inferred!.Evidence.Method, StringComparison.Ordinal);
        Assert.Contains("told as ahead", inferred.Evidence.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatedDayWithoutItsYearTakesTheYearTheFullDatesPutItIn()
    {
        var inferred = Infer("The treaty was signed on 03.03.2013. Parliament will vote on it in September 2013.", PartialDate.FromMonthDay(5, 24));

        Assert.Equal(PartialDate.FromDay(2013, 5, 24), inferred?.Value);
    }

    [Fact]
    public void ADayWithATimeCountsAsItsDay()
    {
        var annotated = LanguagePipeline.Default.Annotate("The two ministers met in Geneva on June 18, 2012, at 23:15.");

        var clue = Assert.Single(PublicationDating.MentionClues(annotated));
        Assert.Equal(new DateOnly(2012, 6, 18), Assert.Single(clue.Ranges).From);
    }

    [Fact]
    public void OnlyPastDatesLeaveAnUndatedArticleUndated()
    {
        Assert.Null(Infer("The two foreign ministers met in Geneva on June 4, 2012, and signed an accord in 2010."));
    }

    [Fact]
    public void ADeadlineOrARequestedDateIsNotToldAsPast()
    {
        // "recommended leaving by early 2008" and "called for talks in 2006" say nothing of when the article was written.
        var text = "The panel recommended withdrawing the troops by early 2008. The ministers called for further talks in 2006.";
        var annotated = LanguagePipeline.Default.Annotate(text);

        Assert.Empty(PublicationDating.MentionClues(annotated));
    }

    [Fact]
    public void ATitleNextToTheNameGivesTheTermsOfThatOffice()
    {
        var clue = Assert.Single(Titles("Prime Minister Vladimir Putin spoke to reporters in Moscow."));

        // Prime Minister twice: 1999 and 2008-2012.
        Assert.Equal(2, clue.Ranges.Length);
        Assert.Equal(new DateOnly(2008, 5, 8), clue.Ranges[1].From);
        Assert.Equal(new DateOnly(2012, 5, 7), clue.Ranges[1].To);
        Assert.StartsWith("title:", clue.Reason, StringComparison.Ordinal);
        Assert.Equal("Prime Minister Vladimir Putin", clue.Text);
    }

    [Fact]
    public void ATitleInAClauseToldAsPastSaysNothingButWhatThePersonSaidCounts()
    {
        Assert.Empty(Titles("In those years Prime Minister Vladimir Putin was supportive of the reset."));
        Assert.Single(Titles("Prime Minister Vladimir Putin said the reset had worked."));
    }

    [Fact]
    public void ASurnameAloneLeavesTheYearsBeforeTheKnowledgeBaseOpen()
    {
        // The knowledge base lists office holders from 2000: "President Bush" in 1991 was another Bush.
        var clue = Assert.Single(Titles("President Bush said the talks would go on."));

        Assert.Equal(Dyad.Linking.Dating.DateRange.OnOrBefore(PublicationDating.CoverageStart.AddDays(-1)), clue.Ranges[0]);
        Assert.Equal(new DateOnly(2001, 1, 20), clue.Ranges[1].From);
        Assert.Single(Assert.Single(Titles("President George W. Bush said the talks would go on.")).Ranges);
    }

    [Fact]
    public void ANameWithoutATitleOrWithFormerGivesNoClue()
    {
        Assert.Empty(Titles("Vladimir Putin spoke to reporters in Moscow."));
        Assert.Empty(Titles("The meeting was chaired by former President Bill Clinton in New York."));
    }

    [Fact]
    public void ATitleAloneGivesYearsButWithAPlannedMonthDecidesIt()
    {
        // Secretary of State from 2013-02-01: a visit planned for February 2013 leaves only that month.
        var text = "Secretary of State John Kerry will travel to Berlin in February 2013, the State Department said.";

        Assert.Null(Infer("Secretary of State John Kerry spoke to reporters in Washington."));
        var inferred = Infer(text);
        Assert.Equal(PartialDate.FromMonth(2013, 2), inferred?.Value);
        Assert.Contains("title:", inferred!.Evidence.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleAndAStatedDayDecideTheYear()
    {
        // Prime Minister from 2008-05-08 to 2012-05-07, and talks told as held in March 2011: 24 May fits 2011 only.
        var text = "Prime Minister Vladimir Putin said that the talks held in March 2011 had failed.";

        Assert.Equal(PartialDate.FromDay(2011, 5, 24), Infer(text, PartialDate.FromMonthDay(5, 24))?.Value);
    }

    [Fact]
    public void ATitleThatContradictsTheDatesInTheTextGivesNoDate()
    {
        // Prime Minister until May 2012, yet a meeting told as held in 2013: the clues contradict, so no guess.
        Assert.Null(Infer("Prime Minister Vladimir Putin says the delegation arrived on March 3, 2013.", PartialDate.FromMonthDay(5, 24)));
    }
}
