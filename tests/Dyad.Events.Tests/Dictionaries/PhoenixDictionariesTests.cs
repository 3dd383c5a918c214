using System.Collections.Immutable;
using Dyad.Events.Dictionaries;
using Dyad.Testing;

namespace Dyad.Events.Tests.Dictionaries;

/// <summary>The real PETRARCH-2 dictionaries in <c>../shared/data/event-coding/petrarch2</c>.</summary>
public sealed class PhoenixDictionariesTests
{
    private static string Folder => Path.Combine(Repo.SharedData!, "event-coding", "petrarch2");

    private static readonly Lazy<PetrarchDictionaries> Phoenix = new(() => PetrarchDictionaries.Load(Folder));

    [SharedDataFact("event-coding/petrarch2")]
    public void LoadsTheFilesTheConfigNames()
    {
        var d = Phoenix.Value;
        Assert.Equal(["CAMEO.2.0.txt"], d.Files.Verbs.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"], d.Files.Actors.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.agents.txt"], d.Files.Agents.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.discards.txt"], d.Files.Discards.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.IssueCoding.txt"], d.Files.Issues.Select(Path.GetFileName));
        Assert.Equal(["Phoenix.prepositions.txt"], d.Files.Prepositions.Select(Path.GetFileName));
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void CountsArePlausible()
    {
        var c = Phoenix.Value.Counts;
        Assert.InRange(c.Actors, 25_000, 30_000);
        Assert.InRange(c.ActorNames, 33_000, 40_000);
        Assert.InRange(c.DatedCodes, 35_000, 40_000);
        Assert.InRange(c.Agents, 3_000, 3_600);
        Assert.InRange(c.VerbBlocks, 380, 420);
        Assert.InRange(c.Patterns, 4_600, 4_668); // 4,668 '- ' lines, a few skipped with diagnostics
        Assert.Equal(40, c.Synsets);
        Assert.Equal(8, c.Transformations);
        Assert.InRange(c.Discards, 500, 514);
        Assert.InRange(c.Issues, 3_000, 3_300);
        Assert.Equal(106, c.Prepositions);
    }

    /// <summary>
    /// The Phoenix files have a few real defects; each is reported, none stops loading. Expected, by kind:
    /// records whose synonyms lack their '+' (read as code-less actors, as PETRARCH reads them), issue lines
    /// without a code, impossible dates (<c>9008223</c>, <c>201005011</c>), patterns naming synsets the file
    /// never defines (&amp;WEATHER, &amp;DEMONSTRATION), a pattern with an extra ')', a code <c>[080!]</c>, an
    /// agent without a code and one closed with '}', and tab-separated notes after codes.
    /// </summary>
    [SharedDataFact("event-coding/petrarch2")]
    public void ReportsOnlyTheKnownDefects()
    {
        var d = Phoenix.Value;
        Assert.InRange(d.Diagnostics.Count, 1, 90);
        Assert.All(d.Diagnostics, x => Assert.True(x.Location.Line > 0, x.ToString()));
        var errors = d.Diagnostics.Where(x => x.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count <= 30, string.Join("\n", errors));
        Assert.Contains(d.Diagnostics, x => x.ToString().StartsWith("CAMEO.2.0.txt:8443: pattern '* (IN &WEATHER)'", StringComparison.Ordinal));
        Assert.Contains(d.Diagnostics, x => x.ToString().StartsWith("Phoenix.agents.txt:1927: agent 'ISLAMIC_EXTREMIST' has no [code]", StringComparison.Ordinal));
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void PutinHasDateBoundedCodes()
    {
        var putin = Assert.Single(Phoenix.Value.FindActors("Vladimir_Putin"));
        Assert.Same(putin, Assert.Single(Phoenix.Value.FindActors("prime minister putin")));
        Assert.Equal("VLADIMIR PUTIN", putin.Name);
        Assert.Contains("PRIME MINISTER VLADIMIR PUTIN", putin.Names);
        Assert.Contains(new DatedCode("RUSGOV", new DateOnly(2008, 5, 8), null), putin.Codes);
        Assert.Equal("RUSELI", putin.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSGOV", putin.CodeOn(new DateOnly(2012, 6, 18)));
        Assert.Equal("RUSGOV", putin.CodeOn(new DateOnly(2002, 3, 1)));
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void KnowsCountriesOrganisationsAndAgents()
    {
        var d = Phoenix.Value;
        var russia = d.FindActors("Russia")[0];
        Assert.Contains("RUS", russia.DistinctCodes());
        Assert.Contains(d.Actors, a => a.Names.Contains("NATO") && a.DistinctCodes().Any(c => c.StartsWith("IGO", StringComparison.Ordinal)));
        var minister = Assert.Single(d.FindAgents("Foreign Minister")); // from FOREIGN_!MINIST! [~GOV]
        Assert.Equal("GOV", Assert.Single(d.FindAgents("foreign ministers")).Code);
        Assert.Empty(d.FindActors("no such actor anywhere"));
        Assert.Equal("RUSGOV", minister.Combine("RUS"));
        Assert.Contains(d.Agents, a => a.Phrase == "CONGRESSWOMAN" || a.Phrase == "BUSINESSMAN");
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void KnownVerbPatternsMapToTheirCodes()
    {
        var verbs = Phoenix.Value.Verbs;
        var rush = verbs.Blocks.Single(b => b.Meaning == "ACCELERATE");
        Assert.Contains(rush.Verbs, v => v.Verb == "HURRY" && v.Forms.Contains("HURRIED"));
        var toBorder = rush.Patterns.Single(p => p.Text.StartsWith("* POLICE (TO BORDER)", StringComparison.Ordinal));
        Assert.Equal("153", toBorder.Code.ToString());
        var aid = rush.Patterns.Single(p => p.Text == "* AID");
        Assert.Equal("070", aid.Code.Forward);
        Assert.Contains(verbs.Patterns, p => p.Code.IsPaired && p.Code.Forward == "042" && p.Code.Reverse == "043");
        Assert.Contains(verbs.Synsets, s => s.Name == "&CURRENCY" && s.Members.Any(m => m.Phrase == "RUBLE"));
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void LoadsTheValidationSetWithOneKnownError()
    {
        var files = new PetrarchDictionaryFiles(
            [Path.Combine(Folder, "PETR.Validate.verbs.txt")], [Path.Combine(Folder, "PETR.Validate.actors.txt")],
            [Path.Combine(Folder, "PETR.Validate.agents.txt")], [Path.Combine(Folder, "PETR.Validate.discards.txt")], [], []);
        var d = PetrarchDictionaries.Load(files);
        // The one broken line: "- * DIPLXMATIC  [" (no closing bracket), skipped as PETRARCH skips it.
        var error = Assert.Single(d.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new DictionaryLocation("PETR.Validate.verbs.txt", 992), error.Location);
        Assert.Contains(d.Actors, a => a.Name == "LORIEN" && a.Codes.Single().Code == "ELR/GAL");
        var gollum = d.Actors.Single(a => a.Name == "GOLLUM");
        Assert.Equal(["GOLLUM", "SMEAGOL", "SLINKER", "STINKER"], gollum.Names.ToArray());
        Assert.Equal([new DatedCode("HOB", null, new DateOnly(1995, 6, 1)), new DatedCode("HOBGOV", new DateOnly(1995, 6, 1), new DateOnly(1999, 8, 15)), new DatedCode("HOBREB", new DateOnly(1999, 8, 16), null)], gollum.Codes.ToArray());
        Assert.Contains(d.Agents, a => a.Phrase == "MINISTRY OF SILLY WALKS");
        Assert.InRange(d.Counts.Patterns, 300, 500);
    }

    [SharedDataFact("event-coding/petrarch2")]
    public void FindsFilesByNameWithoutAConfig()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-dict-");
        try
        {
            foreach (var f in new[] { "PETR.Validate.actors.txt", "PETR.Validate.verbs.txt", "Phoenix.prepositions.txt" })
            {
                File.Copy(Path.Combine(Folder, f), Path.Combine(folder.FullName, f));
            }

            File.WriteAllText(Path.Combine(folder.FullName, "my.agents.txt"), "TROOP [~MIL]\n");
            var d = PetrarchDictionaries.Load(folder.FullName);
            Assert.Equal(["PETR.Validate.verbs.txt"], d.Files.Verbs.Select(Path.GetFileName));
            Assert.Equal(["PETR.Validate.actors.txt"], d.Files.Actors.Select(Path.GetFileName));
            Assert.Equal("TROOPS", d.Agents.Single().Plurals.Single());
            Assert.Equal(106, d.Counts.Prepositions);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingFolderThrowsNamingIt()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => PetrarchDictionaries.Load("/no/such/folder"));
        Assert.Contains("/no/such/folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFolderLoadsNothingAndSaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-dict-");
        try
        {
            var d = PetrarchDictionaries.Load(folder.FullName);
            Assert.Equal(0, d.Counts.Actors + d.Counts.Agents + d.Counts.Patterns + d.Counts.Discards + d.Counts.Issues);
            Assert.Contains("no dictionary files found", Assert.Single(d.Diagnostics).Reason, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AConfigNamingAMissingFileIsADiagnostic()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-dict-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "PETR_config.ini"), "[Dictionaries]\nverbfile_name = missing.verbs.txt\nactorfile_list = a.actors.txt,\n    b.actors.txt\n[Options]\nx = y\n");
            File.WriteAllText(Path.Combine(folder.FullName, "a.actors.txt"), "ATHENS [GRC]\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.actors.txt"), "SPARTA [SPA]\n");
            var d = PetrarchDictionaries.Load(folder.FullName);
            Assert.Equal(["ATHENS", "SPARTA"], d.Actors.Select(a => a.Name));
            var diagnostic = Assert.Single(d.Diagnostics);
            Assert.Equal(new DictionaryLocation("PETR_config.ini", 2), diagnostic.Location);
            Assert.Empty(d.Files.Verbs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
