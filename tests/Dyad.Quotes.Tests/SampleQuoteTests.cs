using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Quotes.Tests;

/// <summary>
/// The five sample articles, as the cleaner leaves them (testdata/golden/*.clean.txt), through the language layer and
/// the extractor: a golden listing of their quotes, and the attributions a careful reader finds.
/// </summary>
public sealed class SampleQuoteTests
{
    public static TheoryData<string> Samples() => CleanSamples.Ids();

    private static (string Text, ImmutableArray<Quote> Quotes) Quotes(string prefix)
    {
        // Without the publication date: the quote listing does not depend on it.
        var (text, _) = CleanSamples.Load(prefix);
        return (text, QuoteExtractor.Extract(LanguagePipeline.Default.Annotate(text)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void QuotesMatchTheGoldenListing(string id)
    {
        var (_, quotes) = Quotes(id);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var q in quotes)
        {
            sb.Append(c, $"{q.Kind}{(q.Attribution == QuoteAttribution.Speech ? string.Empty : "/" + q.Attribution)} {q.Content.Start}-{q.Content.End} cue={q.CueText ?? "-"} speaker={q.SpeakerText ?? "-"} => {q.ResolvedSpeaker ?? "-"} ({q.Confidence:F2})\n");
            sb.Append("  ").Append(q.ContentText.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        Golden.Verify(Path.Combine(Repo.TestData, "specs", "quotes-samples", id + ".txt"), sb.ToString());
    }

    [Fact]
    public void TheTranscriptsSpeakersAreTheLabelledPresidents()
    {
        var (_, quotes) = Quotes("001_");

        var turns = quotes.Where(q => q.Kind == QuoteKind.Transcript).ToList();
        Assert.Equal(["Vladimir Putin", "Barack Obama"], turns.Select(q => q.ResolvedSpeaker));
        Assert.StartsWith("Mr President, this is our second meeting.", turns[0].ContentText, StringComparison.Ordinal);
        Assert.EndsWith("Thank you, everybody.", turns[1].ContentText, StringComparison.Ordinal);
        Assert.DoesNotContain("President of The United States", turns[0].ContentText, StringComparison.Ordinal);
    }

    [Fact]
    public void RhodesIsTheSpeakerOfHisBriefingQuotesAndOfHisReportedSpeech()
    {
        var (_, quotes) = Quotes("000_");

        var reset = Assert.Single(quotes, q => q.ContentText.StartsWith("the reset with Russia was based on", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Indirect, reset.Kind);
        Assert.Equal("Rhodes", reset.SpeakerText);
        Assert.Equal("Ben Rhodes", reset.ResolvedSpeaker);

        // Every quotation-mark quote of the briefing is his: by name, by "he", by "the top Obama aide".
        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.True(direct.Count >= 8);
        Assert.All(direct, q => Assert.Equal("Ben Rhodes", q.ResolvedSpeaker));
        Assert.Contains(direct, q => q.SpeakerText == "the top Obama aide");
    }

    [Fact]
    public void TheWhiteHouseAnnouncementIsTheWhiteHousesWithItsAddedClause()
    {
        var (_, quotes) = Quotes("000_");

        var first = quotes[0];
        Assert.Equal("White House", first.ResolvedSpeaker);
        Assert.StartsWith("US President Barack Obama would meet", first.ContentText, StringComparison.Ordinal);
        Assert.Contains(quotes, q => q.CueLemma == "add" && q.ResolvedSpeaker == "White House" && q.ContentText.StartsWith("that both the leaders", StringComparison.Ordinal));
    }

    [Fact]
    public void UnnamedAndCollectiveSpeakersStayAsWritten()
    {
        var (_, asharq) = Quotes("002_");
        var (_, uspa) = Quotes("003_");

        Assert.Contains(asharq, q => q.ResolvedSpeaker == "A senior Obama administration official" && q.ContentText.Contains("“conducting or coordinating", StringComparison.Ordinal));
        Assert.Contains(uspa, q => q.ResolvedSpeaker == "the Kremlin press office" && q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void LuteSpeaksBothTheMixedQuoteAndTheFullQuoteAfterIt()
    {
        var (_, quotes) = Quotes("002_");

        var lute = quotes.Where(q => q.ResolvedSpeaker == "Doug Lute").ToList();
        Assert.Equal(2, lute.Count);
        Assert.Equal(QuoteKind.Mixed, lute[0].Kind);
        Assert.StartsWith("NATO’s approach", lute[0].ContentText, StringComparison.Ordinal);
        Assert.Equal("Lute", lute[1].SpeakerText);
    }

    [Fact]
    public void UshakovSpeaksForTheKremlinOnTheJuneAndSeptemberMeetings()
    {
        var (_, quotes) = Quotes("004_");

        var direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Yury Ushakov", direct.ResolvedSpeaker);
        Assert.Contains("Lough Erne", direct.ContentText, StringComparison.Ordinal);
        Assert.True(quotes.Count(q => q.ResolvedSpeaker == "Yury Ushakov") >= 5);
        Assert.Contains(quotes, q => q.ResolvedSpeaker == "Valery Gerasimov");
    }

    [Fact]
    public void ThePhotoCaptionAndHeadlinesAreNoQuotes()
    {
        foreach (string id in Samples())
        {
            var (_, quotes) = Quotes(id);
            Assert.DoesNotContain(quotes, q => q.ContentText.Contains("look towards one another", StringComparison.Ordinal));
        }
    }
}
