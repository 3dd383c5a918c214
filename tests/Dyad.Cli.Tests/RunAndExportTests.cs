using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

public sealed class RunAndExportTests
{
    private static readonly string[] ContractFields =
        ["id", "path", "title", "source", "author", "dateline", "published", "published_evidence", "duplicate_of", "text"];

    [Fact]
    public void RunOnTheSamplesStoresEveryArticleAndExportsThemWithTheContractFields()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");

        var run = DyadProcess.Run("run", Repo.Samples, "--db", db);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("new articles stored", run.Stdout, StringComparison.Ordinal);

        var export = DyadProcess.Run("export", "articles", "--db", db, "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        var lines = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Repo.Samples).Length, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in ContractFields)
            {
                Assert.True(json.RootElement.TryGetProperty(field, out _), $"missing {field} in {line[..Math.Min(200, line.Length)]}");
            }

            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void RerunAddsNothingTwice()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);
        var first = DyadProcess.Run("export", "articles", "--db", db).Stdout;

        var again = DyadProcess.Run("run", Repo.Samples, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first, DyadProcess.Run("export", "articles", "--db", db).Stdout);
    }

    [Fact]
    public void CsvExportHasAHeaderAndOneRecordPerArticle()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        var outFile = Path.Combine(dir, "articles.csv");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);

        Assert.Equal(0, DyadProcess.Run("export", "articles", "--db", db, "--format", "csv", "--out", outFile).ExitCode);
        var csv = File.ReadAllText(outFile);
        Assert.StartsWith(string.Join(',', ContractFields) + ",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchFindsASampleArticleWithAHighlightedSnippet()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);

        var search = DyadProcess.Run("search", "Lough Erne", "--db", db, "--format", "jsonl");
        Assert.Equal(0, search.ExitCode);
        using var hit = JsonDocument.Parse(search.Stdout.Split('\n')[0]);
        Assert.Contains("⟦Lough⟧", hit.RootElement.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportOfAMissingStoreSaysSoAndFails()
    {
        var result = DyadProcess.Run("export", "articles", "--db", Path.Combine(DyadProcess.TempDir(), "none.db"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("No store at", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }
}

public sealed class CorpusPassTests
{
    [Fact]
    public void CorpusPassDropsALineRepeatedAcrossPagesThatOnePageAloneWouldKeep()
    {
        var dir = DyadProcess.TempDir();
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(inputs);
        for (var i = 1; i <= 4; i++)
        {
            File.WriteAllText(Path.Combine(inputs, $"a{i}.txt"),
                $"Talks number {i} between the two ministers ended on Tuesday in Geneva after three days, officials said.\n"
                + "Latest stories from our correspondents in the region\n"
                + "The ministers agreed to meet again next month to discuss trade and security, the spokesman added.\n");
        }

        var single = Path.Combine(dir, "single.db");
        var corpus = Path.Combine(dir, "corpus.db");
        Assert.Equal(0, DyadProcess.Run("run", inputs, "--db", single, "--quiet").ExitCode);
        Assert.Equal(0, DyadProcess.Run("run", inputs, "--db", corpus, "--quiet", "--corpus-pass").ExitCode);

        Assert.Contains("Latest stories", DyadProcess.Run("export", "articles", "--db", single).Stdout, StringComparison.Ordinal);
        var cleaned = DyadProcess.Run("export", "articles", "--db", corpus).Stdout;
        Assert.DoesNotContain("Latest stories", cleaned, StringComparison.Ordinal);
        Assert.Contains("spokesman added", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void RunStoresEventMentionsThatExportAsEventsAndMentionsAndARerunKeepsThem()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);

        var first = DyadProcess.Run("export", "events", "--db", db, "--format", "jsonl");
        Assert.Equal(0, first.ExitCode);
        var lines = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in new[] { "id", "date", "code", "root", "quad_class", "goldstein", "plover", "source", "target", "modality", "claimant", "location", "issues", "mentions" })
            {
                Assert.True(json.RootElement.TryGetProperty(field, out _), $"missing {field} in {line[..Math.Min(200, line.Length)]}");
            }
        }

        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);
        var again = DyadProcess.Run("export", "events", "--db", db, "--format", "jsonl");
        Assert.Equal(first.Stdout, again.Stdout);

        var csv = DyadProcess.Run("export", "mentions", "--db", db, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("id,date,code,root,quad_class,goldstein,plover,source_name", csv.Stdout, StringComparison.Ordinal);
        var mentions = lines.Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("mention_count").GetInt32());
        Assert.Equal(mentions + 1, csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
