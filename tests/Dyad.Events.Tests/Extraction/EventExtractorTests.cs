using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;

namespace Dyad.Events.Tests.Extraction;

public sealed class EventExtractorTests
{
    private static System.Collections.Immutable.ImmutableArray<EventRecord> Events(string text, PartialDate? anchor = null) =>
        EventExtractor.Default.Extract(LanguagePipeline.Default.Annotate(text, anchor));

    [Fact]
    public void ANamedMeetingIsCodedWithBothSidesOnItsDateAndPlace()
    {
        var e = Assert.Single(Events("Russian President Vladimir Putin met U.S. President Barack Obama in Mexico on Monday .", PartialDate.FromDay(2012, 6, 20)));
        Assert.Equal(("040", "RUSGOV", "USAGOV", "occurred"), (e.Code, e.Source?.Code, e.Target?.Code, e.Modality));
        Assert.Equal(("2012-06-18", "MEX"), (e.Date?.Value, e.PlaceCountry));
        Assert.Equal((1, 1.0), (e.QuadClass, e.Goldstein));
    }

    [Fact]
    public void ACallNamedOnlyByANounTakesThePairNamedBefore()
    {
        var events = Events("Vladimir Putin and Barack Obama spoke about Syria . The Kremlin described the phone conversation as constructive .");
        var call = Assert.Single(events, e => e.Code == "041");
        Assert.Equal(("Vladimir Putin", "Barack Obama"), (call.Source?.Name, call.Target?.Name));
    }

    [Fact]
    public void ALetterFromOneLeaderToAnotherHasBothSides()
    {
        var letter = Assert.Single(Events("A letter from Putin to Obama covers all fields of bilateral relations ."), e => e.Form == Dyad.Events.Coding.EventForm.Noun);
        Assert.Equal(("Vladimir Putin", "Barack Obama"), (letter.Source?.Name, letter.Target?.Name));
    }

    [Fact]
    public void AnEnvoyWhoHandsOverALetterIsItsSourceAndTheAddresseeItsTarget()
    {
        var letter = Assert.Single(Events("Patrushev , on an official visit to the US , handed over a letter from Putin to Obama ."));
        Assert.Equal(("040", "Nikolai Patrushev", "Barack Obama"), (letter.Code, letter.Source?.Name, letter.Target?.Name));
    }

    [Fact]
    public void ANegatedVerbDoesNotNegateTheNounsOfItsPrepositionalPhrases()
    {
        var events = Events("Barack Obama and Vladimir Putin did not reach any agreement during a phone call on Wednesday .");
        Assert.Equal("negated", Assert.Single(events, e => e.Code == "057").Modality);
        Assert.Equal("occurred", Assert.Single(events, e => e.Code == "041").Modality);
    }

    [Fact]
    public void TheSamePersonOnBothSidesLeavesTheTargetEmpty()
    {
        var e = Assert.Single(Events("Obama said Obama would cooperate with Obama ."), x => x.Code == "050");
        Assert.Null(e.Target);
    }
}
