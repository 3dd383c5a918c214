using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

/// <summary>The samples run once into a store that the read-only tests share.</summary>
public sealed class SampleStore
{
    public SampleStore()
    {
        Dir = DyadProcess.TempDir();
        Db = Path.Combine(Dir, "dyad.db");
        Run = DyadProcess.Run("run", Repo.Samples, "--db", Db);
    }

    public string Dir { get; }

    public string Db { get; }

    public (int ExitCode, string Stdout, string Stderr) Run { get; }
}

public sealed partial class LinkingCliTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static readonly string[] EventFields =
    [
        "id", "date", "code", "root", "quad_class", "goldstein", "plover", "source", "target", "modality", "claimant", "location",
        "issues", "mentions", "mention_count", "article_count", "outlet_count", "first_reported", "last_reported", "confidence",
        "contradictions",
    ];

    [Fact]
    public void RunLinksTheSampleMentionsIntoEventsThatExportWithTheContractFields()
    {
        var (db, run) = (samples.Db, samples.Run);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var linked = LinkedLine().Match(run.Stdout);
        Assert.True(linked.Success, run.Stdout);

        var events = ExportEvents(db);
        Assert.Equal(int.Parse(linked.Groups["events"].Value, System.Globalization.CultureInfo.InvariantCulture), events.Count);
        Assert.True(events.Count < MentionCount(db), "linking should join some mentions into one event");
        var mentionsInEvents = 0;
        foreach (var e in events)
        {
            foreach (var field in EventFields)
            {
                Assert.True(e.TryGetProperty(field, out _), $"missing {field} in {e}");
            }

            Assert.StartsWith("ev-", e.GetProperty("id").GetString(), StringComparison.Ordinal);
            var mentions = e.GetProperty("mentions");
            Assert.Equal(e.GetProperty("mention_count").GetInt32(), mentions.GetArrayLength());
            foreach (var m in mentions.EnumerateArray())
            {
                Assert.True(m.GetProperty("end").GetInt32() > m.GetProperty("start").GetInt32());
                Assert.Equal(16, m.GetProperty("article").GetString()!.Length);
            }

            mentionsInEvents += mentions.GetArrayLength();
        }

        Assert.Equal(MentionCount(db), mentionsInEvents);
    }

    [Fact]
    public void ARerunOfTheSameInputKeepsEveryEventIdAndChangesNothing()
    {
        var db = Path.Combine(DyadProcess.TempDir(), "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);
        var first = DyadProcess.Run("export", "events", "--db", db).Stdout;

        var again = DyadProcess.Run("run", Repo.Samples, "--db", db);
        Assert.Equal(0, again.ExitCode);
        var linked = LinkedLine().Match(again.Stdout);
        Assert.True(linked.Success, again.Stdout);
        Assert.Equal("0", linked.Groups["mentions"].Value);
        Assert.Equal("0", linked.Groups["changed"].Value);
        Assert.Equal(first, DyadProcess.Run("export", "events", "--db", db).Stdout);
    }

    [Fact]
    public void ArticlesRunInTwoBatchesGiveTheSameEventsAsOneRun()
    {
        var dir = DyadProcess.TempDir();
        var files = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).ToArray();
        var firstHalf = Path.Combine(dir, "first");
        var secondHalf = Path.Combine(dir, "second");
        Directory.CreateDirectory(firstHalf);
        Directory.CreateDirectory(secondHalf);
        for (var i = 0; i < files.Length; i++)
        {
            File.Copy(files[i], Path.Combine(i % 2 == 0 ? firstHalf : secondHalf, Path.GetFileName(files[i])));
        }

        var whole = Path.Combine(dir, "whole.db");
        var split = Path.Combine(dir, "split.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", whole).ExitCode);
        Assert.Equal(0, DyadProcess.Run("run", secondHalf, "--db", split).ExitCode);
        var second = DyadProcess.Run("run", firstHalf, "--db", split);
        Assert.Equal(0, second.ExitCode);
        Assert.True(LinkedLine().IsMatch(second.Stdout), second.Stdout);

        Assert.Equal(DyadProcess.Run("export", "events", "--db", whole).Stdout, DyadProcess.Run("export", "events", "--db", split).Stdout);
    }

    [Fact]
    public void LinkOnAStoreWhoseMentionsNoEventHoldsGivesTheEventsOfTheRun()
    {
        var db = Path.Combine(DyadProcess.TempDir(), "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);
        var events = DyadProcess.Run("export", "events", "--db", db).Stdout;
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + db + ";Pooling=False"))
        {
            // What a build before linked events left: mentions, no events.
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM event_links; DELETE FROM events;";
            cmd.ExecuteNonQuery();
        }

        Assert.Empty(DyadProcess.Run("export", "events", "--db", db).Stdout);
        var link = DyadProcess.Run("link", "--db", db);
        Assert.Equal(0, link.ExitCode);
        Assert.Equal(MentionCount(db).ToString(System.Globalization.CultureInfo.InvariantCulture), LinkedLine().Match(link.Stdout).Groups["mentions"].Value);
        Assert.Equal(events, DyadProcess.Run("export", "events", "--db", db).Stdout);
        Assert.Equal("0", LinkedLine().Match(DyadProcess.Run("link", "--db", db).Stdout).Groups["mentions"].Value);
    }

    [Fact]
    public void EveryExportedMentionNamesTheEventThatHoldsIt()
    {
        var db = samples.Db;
        var eventIds = ExportEvents(db).Select(e => e.GetProperty("id").GetString()).ToHashSet();

        var mentions = DyadProcess.Run("export", "mentions", "--db", db).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(mentions);
        foreach (var line in mentions)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Contains(json.RootElement.GetProperty("event_id").GetString(), eventIds);
        }

        var csv = DyadProcess.Run("export", "events", "--db", db, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("id,date,code,root,quad_class,goldstein,plover,source_name", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineKeepsOnlyEventsOfTheActorAndThePartnerInDateOrder()
    {
        var db = samples.Db;
        var all = Timeline(db);
        var pair = Timeline(db, "--actor", "obama", "--with", "rusgov");

        Assert.NotEmpty(pair);
        Assert.True(pair.Count < all.Count);
        foreach (var e in pair)
        {
            var sides = e.GetProperty("source").ToString() + e.GetProperty("target");
            Assert.Contains("Obama", sides, StringComparison.Ordinal);
            Assert.Contains("RUSGOV", sides, StringComparison.Ordinal);
        }

        var dates = pair.Select(e => e.GetProperty("date").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var table = DyadProcess.Run("timeline", "--db", db, "--actor", "Putin", "--from", "2013-01", "--to", "2013-12-31");
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain("2012-", table.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, DyadProcess.Run("timeline", "--db", db, "--actor", "no such actor anywhere").ExitCode);
    }

    [Fact]
    public void TimelineWritesASelfContainedPageWithARowPerEvent()
    {
        var db = samples.Db;
        var page = Path.Combine(samples.Dir, "timeline.html");
        var events = Timeline(db, "--actor", "putin");

        Assert.Equal(0, DyadProcess.Run("timeline", "--db", db, "--actor", "putin", "--html", page).ExitCode);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        foreach (var e in events)
        {
            Assert.Contains($"<tr id=\"{e.GetProperty("id").GetString()}\">", html, StringComparison.Ordinal);
        }
    }

    private static List<JsonElement> ExportEvents(string db) => Lines(DyadProcess.Run("export", "events", "--db", db, "--format", "jsonl"));

    private static List<JsonElement> Timeline(string db, params string[] filters) =>
        Lines(DyadProcess.Run(["timeline", "--db", db, "--format", "jsonl", .. filters]));

    private static List<JsonElement> Lines((int ExitCode, string Stdout, string Stderr) result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static int MentionCount(string db) =>
        DyadProcess.Run("export", "mentions", "--db", db).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"linked (?<mentions>\d+) mentions: (?<events>\d+) events \((?<changed>\d+) new or changed")]
    private static partial Regex LinkedLine();
}
