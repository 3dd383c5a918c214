using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Events.Tests.Extraction;

/// <summary>
/// The five sample articles, as the cleaner leaves them (testdata/golden/*.clean.txt, anchored on the publication
/// date in their *.meta.json), through the language layer, quotes and the events stage: a golden listing of every
/// event, and the events a careful reader of the five finds.
/// </summary>
public sealed class SampleEventTests
{
    public static TheoryData<string> Samples() => CleanSamples.Ids();

    private static (string Text, ImmutableArray<EventRecord> Events) Events(string prefix)
    {
        var (text, published) = CleanSamples.Load(prefix);
        return (text, EventExtractor.Default.Extract(LanguagePipeline.Default.Annotate(text, published)));
    }

    private static bool Between(EventRecord e, string a, string b) =>
        e.Source?.Name == a && e.Target?.Name == b || e.Source?.Name == b && e.Target?.Name == a;

    [Theory]
    [MemberData(nameof(Samples))]
    public void EventsMatchTheGoldenListing(string id)
    {
        var (text, events) = Events(id);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var e in events)
        {
            sb.Append(c, $"{e.Code} {e.Date?.Value ?? "-"} {Actor(e.Source)} -> {Actor(e.Target)} {e.Modality}");
            sb.Append(c, $" claimant={e.Claimant?.Name ?? "-"} place={e.Place?.Name ?? "-"}/{e.PlaceCountry ?? "-"} issues={string.Join(",", e.Issues.Select(i => i.Key))}\n");
            sb.Append("  ").Append(text.AsSpan(e.Evidence.Start, e.Evidence.Length).ToString().Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        Golden.Verify(Path.Combine(Repo.TestData, "golden", "events", id + ".events.txt"), sb.ToString());

        static string Actor(EventActor? a) => a is null ? "-" : $"{a.Name}/{a.Code ?? "-"}";
    }

    [Fact]
    public void ThePtiPieceAnnouncesTheMeetingInMexicoAsPlanned()
    {
        var (_, events) = Events("000_");

        Assert.Contains(events, e => e.Code == "040" && Between(e, "Barack Obama", "Vladimir Putin") && e.Modality == "planned" && e.PlaceCountry == "MEX");
    }

    [Fact]
    public void TheKremlinTranscriptRecordsTheTalksAsHeldOnItsDate()
    {
        var (_, events) = Events("001_");

        Assert.Contains(events, e => e.Code == "040" && Between(e, "Vladimir Putin", "Barack Obama") && e.Modality == "occurred" && e.Date?.Value == "2012-06-18");
    }

    [Fact]
    public void InTheTranscriptPutinThanksObamaForSupportingTheWtoAccession()
    {
        var (text, events) = Events("001_");

        Assert.Contains(events, e => e.Code == "051" && e.Source?.Name == "Vladimir Putin" && e.Target?.Name == "Barack Obama" && e.Modality == "occurred" &&
            text.AsSpan(e.Evidence.Start, e.Evidence.Length).StartsWith("I would like to thank you", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source?.Name == "Vladimir Putin" && e.Target?.Code == "RUS");
    }

    [Fact]
    public void TheUspaPieceDatesFridaysPhoneCallToTheFirstOfMarch2013()
    {
        var (_, events) = Events("003_");

        Assert.Contains(events, e => e.Code == "041" && Between(e, "Vladimir Putin", "Barack Obama") && e.Date?.Value == "2013-03-01");
    }

    [Fact]
    public void TheAsharqAlAwsatCallHasBothPresidentsAndNoDateTheTextDoesNotGive()
    {
        var (_, events) = Events("002_");

        var call = events.First(e => e.Code == "041" && Between(e, "Barack Obama", "Vladimir Putin"));
        Assert.True(call.Date is null || !call.Date.IsResolved, $"date {call.Date?.Value}");
    }

    [Fact]
    public void TheKremlinsAccountOfAgreedMilitaryCoordinationAndTheAmericanDenialAreBothCoded()
    {
        var (_, events) = Events("002_");

        Assert.Contains(events, e => e.Code == "062" && e.Claimant?.Name == "Kremlin" && e.Modality == "planned" && Between(e, "Barack Obama", "Vladimir Putin"));
        Assert.Contains(events, e => e.Code is "062" or "057" && e.Modality == "negated" && e.Claimant?.Name is { } who && who.Contains("official", StringComparison.Ordinal));
    }

    [Fact]
    public void TheG8MeetingInNorthernIrelandIsPlannedInBothReports()
    {
        var (_, uspa) = Events("003_");
        var (_, ria) = Events("004_");

        Assert.Contains(uspa, e => e.Code == "040" && e.Source?.Name == "Barack Obama" && e.Modality == "planned" && e.PlaceCountry == "GBR" && e.Date?.Value == "2013-06-17");
        Assert.Contains(ria, e => e.Code == "040" && Between(e, "Vladimir Putin", "Barack Obama") && e.Modality == "planned" && e.Date?.Value == "XXXX-06" && e.PlaceCountry == "GBR");
    }

    [Fact]
    public void ObamasSeptemberVisitToRussiaIsPlanned()
    {
        var (_, events) = Events("003_");

        Assert.Contains(events, e => e.Code == "042" && e.Source?.Name == "Barack Obama" && e.Target?.Code == "RUS" && e.Modality == "planned" && e.Date?.Value == "2013-09");
    }

    [Fact]
    public void PatrushevHandsPutinsLetterToObama()
    {
        var (_, events) = Events("004_");

        var letter = Assert.Single(events, e => e.Source?.Name == "Nikolai Patrushev");
        Assert.Equal(("040", "Barack Obama", "RUSGOV", "occurred"), (letter.Code, letter.Target?.Name, letter.Source?.Code, letter.Modality));
    }

    [Fact]
    public void KerryAndLavrovMetInBerlin()
    {
        var (_, events) = Events("003_");

        Assert.Contains(events, e => e.Code == "040" && Between(e, "John Kerry", "Sergei Lavrov") && e.Place?.Name == "Berlin" && e.PlaceCountry == "DEU");
    }

    [Fact]
    public void TheWhiteHouseDemandsThatAssadStepDown()
    {
        var (_, events) = Events("000_");

        var demand = Assert.Single(events, e => e.Code == "1041");
        Assert.Equal(("USAGOV", "Bashar al-Assad", "SYRGOV"), (demand.Source?.Code, demand.Target?.Name, demand.Target?.Code));
    }

    [Fact]
    public void GerasimovCriticizesTheUnitedStatesOverMissileDefence()
    {
        var (_, events) = Events("004_");

        var criticism = Assert.Single(events, e => e.Code == "111");
        Assert.Equal(("Valery Gerasimov", "RUSMIL", "USA"), (criticism.Source?.Name, criticism.Source?.Code, criticism.Target?.Code));
    }

    [Fact]
    public void ThePresidentsWhoConfirmedTheirCommitmentAreObamaAndPutin()
    {
        var (text, _) = CleanSamples.Load("002_");
        var annotated = LanguagePipeline.Default.Annotate(text);

        var quotes = EventExtractor.WithGroupSpeakers(annotated, Dyad.Quotes.QuoteExtractor.Extract(annotated));

        var commitment = Assert.Single(quotes, q => q.SpeakerText == "The Presidents");
        Assert.Equal(["Obama", "Vladimir Putin"], commitment.ResolvedSpeaker!.Split(" and ").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheParticipantsOfTheMeetingAreNotAMeetingOfTheirOwn()
    {
        var (_, events) = Events("001_");

        Assert.DoesNotContain(events, e => Between(e, "Sergei Lavrov", "Yury Ushakov"));
    }
}
