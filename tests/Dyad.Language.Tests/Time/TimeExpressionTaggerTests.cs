using Dyad.Core;
using Dyad.Language.Sentences;
using Dyad.Language.Time;
using Dyad.Language.Tokens;

namespace Dyad.Language.Tests.Time;

public sealed class TimeExpressionTaggerTests
{
    private static readonly PartialDate Anchor = PartialDate.FromDay(2012, 6, 18);

    private static TimeExpression Single(string text, PartialDate? anchor)
    {
        var found = TimeExpressionTagger.Default.Tag(text, anchor);
        Assert.True(found.Count == 1, $"Expected one expression in '{text}', found {found.Count}: {string.Join(", ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("They met yesterday.", "XXXX-XX-XX")]
    [InlineData("They met on Friday.", "XXXX-WXX-5")]
    [InlineData("They will meet on May 24.", "XXXX-05-24")]
    [InlineData("They met last year.", "XXXX")]
    [InlineData("They met next week.", "XXXX-WXX")]
    [InlineData("They met three years ago.", "XXXX")]
    [InlineData("They met recently.", "PAST_REF")]
    [InlineData("They meet today.", "PRESENT_REF")]
    [InlineData("The talks were in the third quarter.", "XXXX-Q3")]
    public void KeepsRelativeValuesUnresolvedWithoutAnAnchor(string text, string expected)
    {
        var t = Single(text, null);
        Assert.Equal(expected, t.Value);
        Assert.False(t.IsResolved);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvesAbsoluteDatesWithoutAnAnchor()
    {
        var t = Single("The summit opened on June 18, 2012.", null);
        Assert.Equal("2012-06-18", t.Value);
        Assert.True(t.IsResolved);
        Assert.False(t.IsRelative);
    }

    [Fact]
    public void ResolvesLastTuesdayAgainstThePublicationDate()
    {
        var t = Single("The ministers met last Tuesday.", Anchor);
        Assert.Equal("2012-06-12", t.Value);
        Assert.True(t.IsRelative);
    }

    [Fact]
    public void ResolvesAYearOnlyAnchorToTheYearButNotTheDay()
    {
        var anchor = PartialDate.FromYear(2012);
        Assert.Equal("2011", Single("Sales fell last year.", anchor).Value);
        Assert.Equal("XXXX-XX-XX", Single("Sales fell yesterday.", anchor).Value);
        Assert.Equal("XXXX-WXX-5", Single("Sales fell on Friday.", anchor).Value);
    }

    [Fact]
    public void ResolvesAMonthAnchorToMonthsButNotWeeks()
    {
        var anchor = PartialDate.FromMonth(2012, 6);
        Assert.Equal("2012-05", Single("Sales fell last month.", anchor).Value);
        Assert.Equal("XXXX-WXX", Single("Sales fell last week.", anchor).Value);
    }

    [Theory]
    [InlineData("It happened in 1996.", TimeGranularity.Year)]
    [InlineData("It happened in the 1990s.", TimeGranularity.Decade)]
    [InlineData("It happened in the 20th century.", TimeGranularity.Century)]
    [InlineData("It happened in March 1996.", TimeGranularity.Month)]
    [InlineData("It happened on May 24, 1996.", TimeGranularity.Day)]
    [InlineData("It happened last week.", TimeGranularity.Week)]
    [InlineData("It happened in the third quarter.", TimeGranularity.Quarter)]
    [InlineData("It happened last summer.", TimeGranularity.Season)]
    [InlineData("It happened this morning.", TimeGranularity.PartOfDay)]
    [InlineData("It happened at 23:15.", TimeGranularity.Minute)]
    [InlineData("It lasted three years.", TimeGranularity.Year)]
    [InlineData("It happens every week.", TimeGranularity.Week)]
    [InlineData("It is happening now.", TimeGranularity.Unspecified)]
    public void CarriesTheGranularityOfItsValue(string text, TimeGranularity expected) => Assert.Equal(expected, Single(text, Anchor).Granularity);

    [Theory]
    [InlineData("Prices rose in early September.", TimexModifier.Start)]
    [InlineData("Prices rose in mid-November.", TimexModifier.Mid)]
    [InlineData("Prices rose in late November.", TimexModifier.End)]
    [InlineData("Prices rose for about two years.", TimexModifier.Approx)]
    [InlineData("Prices rose for more than four hours.", TimexModifier.MoreThan)]
    [InlineData("Prices rose for at least 30 days.", TimexModifier.EqualOrMore)]
    public void CarriesTheModifierOfItsEdgeOrApproximation(string text, TimexModifier expected) => Assert.Equal(expected, Single(text, Anchor).Modifier);

    [Fact]
    public void SpansAreUtf16OffsetsIntoTheWholeText()
    {
        const string Text = "Obama said on Friday that “next week” talks would go on.";
        var found = TimeExpressionTagger.Default.Tag(Text, Anchor);
        Assert.Equal(2, found.Count);
        foreach (var t in found)
        {
            Assert.Equal(t.Text, Text[t.Span.Start..t.Span.End]);
        }

        Assert.Equal("Friday", found[0].Text);
        Assert.Equal("next week", found[1].Text);
    }

    [Fact]
    public void NeverJoinsExpressionsAcrossASentenceBoundary()
    {
        const string Text = "The vote was on Monday.\n\nTuesday the results came.";
        var found = TimeExpressionTagger.Default.Tag(Text, Anchor);
        Assert.Equal(["Monday", "Tuesday"], found.Select(t => t.Text));
    }

    [Fact]
    public void UsesPartOfSpeechTagsToDecideTheTense()
    {
        // Read word by word, "will" is the modal and the sentence looks ahead; tagged as a noun it is no tense cue at all.
        const string Text = "The will of voters counts Friday.";
        var sentences = SentenceSplitter.Split(Text, out var tokens);
        var lexical = TimeExpressionTagger.Default.Tag(Text, tokens, sentences, Anchor);
        var tagged = TimeExpressionTagger.Default.Tag(Text, tokens, sentences, Anchor, ["DT", "NN", "IN", "NNS", "VBZ", "NNP", "."]);
        Assert.Equal("2012-06-22", Assert.Single(lexical).Value);
        Assert.Equal("2012-06-15", Assert.Single(tagged).Value);
    }

    [Fact]
    public void IgnoresPartOfSpeechTagsOfTheWrongLength()
    {
        const string Text = "The storm hit on Friday.";
        var sentences = SentenceSplitter.Split(Text, out var tokens);
        var found = TimeExpressionTagger.Default.Tag(Text, tokens, sentences, Anchor, ["DT"]);
        Assert.Equal("2012-06-15", Assert.Single(found).Value);
    }

    [Fact]
    public void TagsNothingInEmptyText()
    {
        Assert.Empty(TimeExpressionTagger.Default.Tag("", Anchor));
        Assert.Empty(TimeExpressionTagger.Default.Tag("", Array.Empty<Token>(), Array.Empty<Sentence>(), null));
    }

    [Fact]
    public void StaysInsideTheCalendarAtTheEdgesOfTime()
    {
        var found = TimeExpressionTagger.Default.Tag("Next year, in 9999 days, tomorrow and 5000 years ago.", PartialDate.FromDay(9999, 12, 31));
        Assert.All(found, t => Assert.False(string.IsNullOrEmpty(t.Value)));
        found = TimeExpressionTagger.Default.Tag("Last year, yesterday and 3000 years ago.", PartialDate.FromDay(1, 1, 1));
        Assert.All(found, t => Assert.False(string.IsNullOrEmpty(t.Value)));
    }
}
