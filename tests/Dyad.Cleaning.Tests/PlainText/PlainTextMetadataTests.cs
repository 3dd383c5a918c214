using Dyad.Cleaning.PlainText;
using Dyad.Core;

namespace Dyad.Cleaning.Tests.PlainText;

public sealed class PlainTextMetadataTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    private const string Body = "The two presidents met for two hours on Monday and agreed to resume arms control talks next month.\nOfficials on both sides said the meeting had been frank but constructive, and that more work lay ahead.";

    private static ArticleMetadata Read(string raw) => Cleaner.Clean(raw, ArticleHints.None).Metadata;

    private static void AssertQuotes(string raw, Evidence? evidence)
    {
        Assert.NotNull(evidence);
        Assert.NotNull(evidence.Span);
        Assert.Equal(evidence.Text, raw[evidence.Span.Value.Start..evidence.Span.Value.End]);
        Assert.False(evidence.Inferred);
    }

    [Fact]
    public void ReadsATrailingAgencySignature()
    {
        var raw = Body + "\n\u2014XYZ";
        var m = Read(raw);
        Assert.Equal("XYZ", m.Source?.Value);
        Assert.Equal("text:signature", m.Source?.Evidence.Method);
        AssertQuotes(raw, m.Source?.Evidence);
        Assert.DoesNotContain("XYZ", Cleaner.Clean(raw, ArticleHints.None).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsASignatureRunOnAfterTheLastSentence()
    {
        var raw = Body + " \u2013XYZ";
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Equal("XYZ", cleaned.Metadata.Source?.Value);
        AssertQuotes(raw, cleaned.Metadata.Source?.Evidence);
        Assert.EndsWith("more work lay ahead.", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(cleaned.Text, Cleaner.Clean(cleaned.Text, ArticleHints.None).Text);
    }

    [Fact]
    public void DoesNotCutAClosingParenthesisAsASignature()
    {
        var raw = Body.Replace("lay ahead.", "lay ahead. (They declined to give details)", StringComparison.Ordinal);
        Assert.Null(Read(raw).Source);
    }

    [Fact]
    public void ReadsDatelineAndAgencyFromTheLead()
    {
        var raw = "ST. PETERSBURG, June 3 (Wire Agency) - " + Body;
        var m = Read(raw);
        Assert.Equal("Wire Agency", m.Source?.Value);
        Assert.Equal("ST. PETERSBURG", m.Dateline?.Value.Place);
        Assert.Equal("--06-03", m.Dateline?.Value.Date?.ToString());
        Assert.Equal("ST. PETERSBURG, June 3", m.Dateline?.Value.Text);
        Assert.Equal("--06-03", m.Published?.Value.ToString());
        AssertQuotes(raw, m.Dateline?.Evidence);
        AssertQuotes(raw, m.Published?.Evidence);
    }

    [Fact]
    public void ReadsADatelineFromADateTimeAndPlaceBlockUnderTheLead()
    {
        var raw = "Ministers met in the capital.\nMarch 4, 2015\n10:30\nPort Louis\n" + Body;
        var m = Read(raw);
        Assert.Equal("Port Louis", m.Dateline?.Value.Place);
        Assert.Equal("2015-03-04", m.Dateline?.Value.Date?.ToString());
        AssertQuotes(raw, m.Dateline?.Evidence);
    }

    [Fact]
    public void AShortSentenceUnderADateIsNoDatelinePlace()
    {
        var m = Read("March 4, 2015\nTalks resumed today.\n" + Body);
        Assert.Null(m.Dateline);
    }

    [Fact]
    public void ReadsADatelinePlaceWithoutADate()
    {
        var m = Read("GENEVA - " + Body);
        Assert.Equal("GENEVA", m.Dateline?.Value.Place);
        Assert.Null(m.Dateline?.Value.Date);
        Assert.Null(m.Published);
    }

    [Fact]
    public void ReadsAnOutletNamedInTheLead()
    {
        var raw = "Metro Daily News - " + Body;
        var m = Read(raw);
        Assert.Equal("Metro Daily News", m.Source?.Value);
        Assert.Null(m.Dateline);
    }

    [Fact]
    public void DoesNotTakeAnOrdinaryDashClauseForALead()
    {
        var m = Read("The deal - which took months - was signed on Monday by both foreign ministers in the capital.\n" + Body);
        Assert.Null(m.Source);
        Assert.Null(m.Dateline);
    }

    [Fact]
    public void PrefersALabelledPublicationDate()
    {
        var raw = "Presidents Agree to Resume Arms Control Talks\nMarch 1, 2013\n" + Body + "\nUpdated: March 4, 2013\nPublished: March 2, 2013 10:00";
        var m = Read(raw);
        Assert.Equal("2013-03-02", m.Published?.Value.ToString());
        Assert.Equal("Published: March 2, 2013 10:00", m.Published?.Evidence.Text);
        AssertQuotes(raw, m.Published?.Evidence);
    }

    [Fact]
    public void ReadsABareDateLineAboveTheBody()
    {
        var raw = "Presidents Agree to Resume Arms Control Talks\n18.06.2012, 23:15\n" + Body;
        var m = Read(raw);
        Assert.Equal("2012-06-18", m.Published?.Value.ToString());
        Assert.Equal("18.06.2012, 23:15", m.Published?.Evidence.Text);
    }

    [Fact]
    public void NeverCompletesAYearlessDateFromTheClock()
    {
        var m = Read("Presidents Agree to Resume Arms Control Talks\nJune 18\n" + Body);
        Assert.Null(m.Published);
    }

    [Fact]
    public void ReadsAByline()
    {
        var raw = "Presidents Agree to Resume Arms Control Talks\nBy Jane Q. Roe\n" + Body;
        var cleaned = Cleaner.Clean(raw, ArticleHints.None);
        Assert.Equal("Jane Q. Roe", cleaned.Metadata.Author?.Value);
        AssertQuotes(raw, cleaned.Metadata.Author?.Evidence);
        Assert.DoesNotContain("By Jane", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheSiteNameThatTrailsTwoHeadLines()
    {
        var raw = "- Example World News\nWorld\nPresidents Agree to Resume Arms Control Talks - Example World News\n" + Body;
        var m = Read(raw);
        Assert.Equal("Example World News", m.Source?.Value);
        Assert.Equal("Presidents Agree to Resume Arms Control Talks", m.Title?.Value);
        AssertQuotes(raw, m.Title?.Evidence);
    }

    [Fact]
    public void ReadsTheSiteNameOnTheOtherSideOfABar()
    {
        var raw = "Presidents Agree to Resume Arms Control Talks | The Example Herald\n" + Body;
        var m = Read(raw);
        Assert.Equal("Presidents Agree to Resume Arms Control Talks", m.Title?.Value);
        Assert.Equal("The Example Herald", m.Source?.Value);
        Assert.Equal("text:title-site", m.Source?.Evidence.Method);
    }

    [Fact]
    public void FindsASuppliedHeadlineInThePageHead()
    {
        var raw = "Home\nworld news: ceasefire holds on third day | Example\n" + Body;
        var cleaned = Cleaner.Clean(raw, new ArticleHints { Title = "Ceasefire holds on third day" });
        Assert.Equal("ceasefire holds on third day", cleaned.Metadata.Title?.Value);
        Assert.Equal("text:headline-stated", cleaned.Metadata.Title?.Evidence.Method);
        AssertQuotes(raw, cleaned.Metadata.Title?.Evidence);
        Assert.DoesNotContain("ceasefire", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StatesNothingForPlainProse()
    {
        Assert.Equal(ArticleMetadata.Empty, Read(Body));
    }
}
