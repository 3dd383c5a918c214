using Dyad.Core;
using Dyad.Events.Attributes;
using Dyad.Events.Clauses;
using Dyad.Events.Coding;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Tests.Attributes;

public sealed class EventAttributeReaderTests
{
    [Fact]
    public void AWeekdayInTheClauseDatesTheEventAndAPlaceAfterInLocatesIt()
    {
        var (text, clauses, mention) = First("Merkel met Hollande in Paris on Monday .", PartialDate.FromDay(2015, 3, 4));
        var date = EventAttributeReader.Date(text, clauses, mention);
        Assert.NotNull(date);
        Assert.Equal(("2015-03-02", EventDateSource.Clause), (date.Value, date.Source));
        Assert.Equal("Paris", EventAttributeReader.Place(text, clauses, mention)?.Name);
    }

    [Fact]
    public void WithoutATimeExpressionTheArticleDateIsTheEventDate()
    {
        var (text, clauses, mention) = First("Merkel met Hollande .", PartialDate.FromDay(2015, 3, 4));
        var date = EventAttributeReader.Date(text, clauses, mention);
        Assert.Equal(("2015-03-04", EventDateSource.Article, false), (date?.Value, date?.Source, date?.Span.HasValue));
    }

    [Fact]
    public void WithoutATimeExpressionOrAPublicationDateThereIsNoDate()
    {
        var (text, clauses, mention) = First("Merkel met Hollande .", null);
        Assert.Null(EventAttributeReader.Date(text, clauses, mention));
        Assert.Null(EventAttributeReader.Place(text, clauses, mention));
    }

    [Fact]
    public void AYearAfterSinceStartsASpanAndIsNotTheDayOfTheEvent()
    {
        var date = DateOf("More than 2,000 soldiers have been killed since 2003 .", PartialDate.FromDay(2005, 12, 15));
        Assert.Equal(("2005-12-15", EventDateSource.Article), (date?.Value, date?.Source));
    }

    [Fact]
    public void ADayAfterSinceDatesTheWhenClauseThatFollowsIt()
    {
        var date = DateOf("Stocks have fallen since March 30 , when the party withdrew its support .", PartialDate.FromDay(1997, 4, 13), "0874");
        Assert.Equal("1997-03-30", date?.Value);
    }

    [Fact]
    public void ADeadlineDatesAnActStillToComeButNotOneToldAsDone()
    {
        var planned = DateOf("Monitors will arrive by mid-January 2007 .", PartialDate.FromDay(2006, 12, 22));
        Assert.Equal("2007-01", planned?.Value);
        var done = DateOf("India and the United States agreed to double trade by 2008 .", PartialDate.FromDay(2005, 11, 12));
        Assert.Equal(("2005-11-12", EventDateSource.Article), (done?.Value, done?.Source));
    }

    [Fact]
    public void ATimeExpressionThatANearerVerbGovernsDoesNotDateTheEvent()
    {
        var date = DateOf(
            "Kasuri would discuss the strategy that Pakistan was following in the tribal belt , where the government signed a peace deal in September .",
            PartialDate.FromDay(2006, 12, 4),
            "04");
        Assert.Equal(("2006-12-04", EventDateSource.Article), (date?.Value, date?.Source));
    }

    [Fact]
    public void ThePrepositionMayStandAFewWordsBeforeThePlace()
    {
        var (text, clauses, mention) = First("Kerry met Lavrov in the German capital of Berlin .", null);
        Assert.Equal(("Berlin", "in"), (EventAttributeReader.Place(text, clauses, mention)?.Name, EventAttributeReader.Place(text, clauses, mention)?.Preposition));
    }

    [Fact]
    public void TheObjectsOfADiscussionAreItsIssuesPlacesAndVocabularyAlike()
    {
        var (text, clauses, mention) = First("Kerry discussed Syria , Iran and missile defence with Lavrov .", null);
        var issues = EventAttributeReader.Default.IssuesOf(text, clauses, mention);
        Assert.Equal(["PLACE:Syria", "PLACE:Iran", "MISSILE_DEFENCE:missile defence"], issues.Select(i => i.Key + ":" + i.Label));
    }

    [Fact]
    public void TopicPrepositionsGiveIssuesForOtherEventsButTheirObjectsDoNot()
    {
        var (text, clauses, mention) = First("Moscow criticised Washington over its missile shield .", null);
        Assert.Equal("111", mention.Code);
        var issues = EventAttributeReader.Default.IssuesOf(text, clauses, mention);
        Assert.Equal(["MISSILE_DEFENCE"], issues.Select(i => i.Key));
    }

    [Fact]
    public void TheShippedVocabularyLoadsWithoutDiagnosticsAndBadLinesAreReported()
    {
        Assert.Empty(IssueVocabulary.Default.Diagnostics);
        Assert.Contains("NUCLEAR", IssueVocabulary.Default.Keys);
        var mine = IssueVocabulary.Load(new StringReader("WATER\twater\twater rights|dams\nbad line\n"), "mine.tsv");
        Assert.Equal(["WATER"], mine.Keys.ToArray());
        Assert.Equal("mine.tsv:2", Assert.Single(mine.Diagnostics).Location);
    }

    private static EventDate? DateOf(string sentence, PartialDate anchor, string? root = null)
    {
        var text = LanguagePipeline.Default.Annotate(sentence, anchor);
        var clauses = ClauseExtractor.Extract(text);
        var events = EventCoder.Default.Code(text, clauses);
        var mention = root is null ? Assert.Single(events) : events.First(e => e.Code.StartsWith(root, StringComparison.Ordinal));
        return EventAttributeReader.Date(text, clauses, mention);
    }

    private static (AnnotatedText Text, System.Collections.Immutable.ImmutableArray<Clause> Clauses, EventMention Mention) First(string sentence, PartialDate? anchor)
    {
        var text = LanguagePipeline.Default.Annotate(sentence, anchor);
        var clauses = ClauseExtractor.Extract(text);
        var events = EventCoder.Default.Code(text, clauses);
        Assert.NotEmpty(events);
        return (text, clauses, events[0]);
    }
}
