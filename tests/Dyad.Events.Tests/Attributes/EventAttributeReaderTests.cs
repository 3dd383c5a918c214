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

    private static (AnnotatedText Text, System.Collections.Immutable.ImmutableArray<Clause> Clauses, EventMention Mention) First(string sentence, PartialDate? anchor)
    {
        var text = LanguagePipeline.Default.Annotate(sentence, anchor);
        var clauses = ClauseExtractor.Extract(text);
        var events = EventCoder.Default.Code(text, clauses);
        Assert.NotEmpty(events);
        return (text, clauses, events[0]);
    }
}
