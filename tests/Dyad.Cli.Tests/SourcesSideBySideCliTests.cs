using System.Text.Json;

namespace Dyad.Cli.Tests;

/// <summary>Issue 5 item 3 on the samples' store: each event's sources side by side in the exports and the timeline.</summary>
public sealed class SourcesSideBySideCliTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private List<JsonElement> Events()
    {
        var export = DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "jsonl");
        Assert.True(export.ExitCode == 0, export.Stderr);
        return [.. export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    // The Asharq Al-Awsat report: "A Kremlin summary of the call said the two leaders agreed to intensify military
    // coordination in Syria", against a senior administration official's denial.
    private JsonElement MilitaryCoordination() =>
        Assert.Single(Events(), e => e.GetProperty("sources").EnumerateArray().Any(s =>
            s.GetProperty("in_event").GetBoolean()
            && s.GetProperty("claimant").ValueKind == JsonValueKind.Object
            && s.GetProperty("claimant").GetProperty("name").GetString() == "Kremlin"
            && s.GetProperty("evidence").GetString()!.Contains("military coordination", StringComparison.Ordinal)));

    [Fact]
    public void TheKremlinAndTheUsOfficialStandAsTwoSidesOfTheMilitaryCoordinationEvent()
    {
        var e = MilitaryCoordination();

        var sides = e.GetProperty("sides").EnumerateArray().ToDictionary(s => s.GetProperty("side").GetString()!, s => s);
        Assert.Equal(["RUS", "USA"], sides.Keys.Order());
        Assert.Contains("Kremlin", sides["RUS"].GetProperty("claimants").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(sides["USA"].GetProperty("claimants").EnumerateArray(), c => c.GetString()!.Contains("administration official", StringComparison.Ordinal));
        Assert.Equal("negated", sides["USA"].GetProperty("modality").GetString());
        Assert.NotEqual("negated", sides["RUS"].GetProperty("modality").GetString());
        Assert.True(sides["RUS"].GetProperty("contradicted").GetBoolean());
        Assert.True(e.GetProperty("sides_disagree").GetBoolean());
    }

    [Fact]
    public void EachSourceNamesItsOutletTheOutletsCountryAndItsSide()
    {
        var e = MilitaryCoordination();

        foreach (var s in e.GetProperty("sources").EnumerateArray())
        {
            Assert.Equal("Asharq Al-awsat", s.GetProperty("outlet").GetString());
            Assert.Equal("GBR", s.GetProperty("outlet_country").GetString());
            Assert.Equal("claimant", s.GetProperty("side_from").GetString());
            Assert.Equal(16, s.GetProperty("article").GetString()!.Length);
            Assert.False(string.IsNullOrEmpty(s.GetProperty("evidence").GetString()));
        }

        Assert.Equal(["GBR"], e.GetProperty("outlet_countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void AReportWithoutAClaimantTakesItsOutletsCountryAndAnUnknownOutletWithoutOneIsUnknown()
    {
        var sources = Events().SelectMany(e => e.GetProperty("sources").EnumerateArray()).ToList();

        Assert.Contains(sources, s => s.GetProperty("outlet").GetString() == "PTI" && s.GetProperty("side_from").GetString() == "outlet" && s.GetProperty("side").GetString() == "IND");
        Assert.All(
            sources.Where(s => s.GetProperty("outlet_country").ValueKind == JsonValueKind.Null && s.GetProperty("claimant").ValueKind == JsonValueKind.Null),
            s => Assert.Equal("unknown", s.GetProperty("side").GetString()));
    }

    [Fact]
    public void EverySideSummaryAgreesWithTheEventsSources()
    {
        foreach (var e in Events())
        {
            var summary = e.GetProperty("sides_summary").GetString()!;
            var reports = e.GetProperty("sources").EnumerateArray().ToList();
            Assert.Equal(reports.Select(s => s.GetProperty("side").GetString()).Distinct().Order(), summary.Split(';').Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]).Order());
            Assert.Equal(e.GetProperty("mention_count").GetInt32(), reports.Count(s => s.GetProperty("in_event").GetBoolean()));
        }
    }

    [Fact]
    public void TheEventsCsvCarriesTheSidesInCompactColumns()
    {
        var csv = DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);

        var header = csv.Stdout.Split('\n')[0].TrimEnd('\r');
        Assert.EndsWith(",family,sides,outlet_countries,sides_disagree", header, StringComparison.Ordinal);
        Assert.Equal(2, csv.Stdout.Split('\n').Count(l => l.TrimEnd('\r').EndsWith(",RUS:planned;USA:negated,GBR,true", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheTimelineShowsTheSidesInItsSourcesColumnAndSideBySideOnItsPage()
    {
        var table = DyadProcess.Run("timeline", "--db", samples.Db, "--actor", "Obama", "--with", "Putin");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("USA:negated", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("sides disagree", table.Stdout, StringComparison.Ordinal);

        var page = Path.Combine(samples.Dir, "sides.html");
        Assert.Equal(0, DyadProcess.Run("timeline", "--db", samples.Db, "--actor", "Obama", "--with", "Putin", "--html", page).ExitCode);
        var html = File.ReadAllText(page);
        Assert.Contains("<div class=\"side disagrees\"><h3>RUS", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"side disagrees\"><h3>USA", html, StringComparison.Ordinal);
        Assert.Contains("sides disagree: claimed by Kremlin (RUS)", html, StringComparison.Ordinal);
    }
}
