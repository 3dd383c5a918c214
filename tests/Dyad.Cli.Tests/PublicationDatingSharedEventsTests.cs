using System.Text.Json;

namespace Dyad.Cli.Tests;

/// <summary>Undated articles dated by the events they share with dated articles of other outlets (run's step after linking).</summary>
public sealed class PublicationDatingSharedEventsTests
{
    private const string Dated = """
        {"source": "Alpha Wire", "published": "2012-06-05", "title": "Ministers meet in Geneva", "text": "GENEVA - The French foreign minister met the Brazilian foreign minister in Geneva on June 4, 2012, diplomats said on Tuesday. The two ministers discussed trade for two hours."}
        """;

    private const string Undated = """
        {"source": "Beta News", "title": "Ministers talk trade", "text": "The French foreign minister met the Brazilian foreign minister in Geneva on Monday, diplomats said. The two ministers discussed trade for two hours."}
        """;

    private static (string Db, string[] Files) Write(string undatedSource, string place = " in Geneva")
    {
        var dir = DyadProcess.TempDir();
        var dated = Path.Combine(dir, "alpha.jsonl");
        var undated = Path.Combine(dir, "beta.jsonl");
        File.WriteAllText(dated, Dated + "\n");
        File.WriteAllText(undated, Undated.Replace("Beta News", undatedSource, StringComparison.Ordinal).Replace(" in Geneva", place, StringComparison.Ordinal) + "\n");
        return (Path.Combine(dir, "dyad.db"), [dated, undated]);
    }

    private static Dictionary<string, JsonElement> Articles(string db)
    {
        var export = DyadProcess.Run("export", "articles", "--db", db, "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        return export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(a => a.GetProperty("name").GetString()!);
    }

    [Fact]
    public void AnUndatedReportOfAMeetingAnotherOutletDatesTakesTheMonthAfterItAndARerunChangesNothing()
    {
        var (db, files) = Write("Beta News");
        var first = DyadProcess.Run(["run", .. files, "--db", db]);
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);

        var beta = Articles(db)["beta-1"];
        Assert.Equal("2012-06", beta.GetProperty("published").GetString());
        var evidence = beta.GetProperty("published_evidence");
        Assert.True(evidence.GetProperty("inferred").GetBoolean());
        Assert.Contains("shared event:", evidence.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Contains("Alpha Wire", evidence.GetProperty("method").GetString(), StringComparison.Ordinal);

        var second = DyadProcess.Run(["run", .. files, "--db", db]);
        Assert.Contains("(0 new or changed, 0 removed)", second.Stdout, StringComparison.Ordinal);
        Assert.Equal("2012-06", Articles(db)["beta-1"].GetProperty("published").GetString());
    }

    [Fact]
    public void TheSameOutletDoesNotDateItsOwnUndatedArticle()
    {
        var (db, files) = Write("Alpha Wire");
        Assert.Equal(0, DyadProcess.Run(["run", .. files, "--db", db]).ExitCode);

        Assert.Equal(JsonValueKind.Null, Articles(db)["beta-1"].GetProperty("published").ValueKind);
    }

    [Fact]
    public void AnUndatedReportThatDoesNotNameThePlaceIsNotTakenForTheDatedMeeting()
    {
        // Without a date, "the ministers met" fits meetings of any year: only code, place and both sides together count.
        var (db, files) = Write("Beta News", place: string.Empty);
        Assert.Equal(0, DyadProcess.Run(["run", .. files, "--db", db]).ExitCode);

        Assert.Equal(JsonValueKind.Null, Articles(db)["beta-1"].GetProperty("published").ValueKind);
    }
}
