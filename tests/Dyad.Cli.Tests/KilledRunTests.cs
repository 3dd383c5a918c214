using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Dyad.Cli.Tests;

public sealed class KilledRunTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void RunKilledPartWayKeepsWhatItCommittedAndARerunCompletesTheRest()
    {
        const int Articles = 12_000;
        var dir = DyadProcess.TempDir();
        var input = Path.Combine(dir, "many.jsonl");
        WriteArticles(input, Articles);
        var db = Path.Combine(dir, "dyad.db");

        // Kill the run once it has committed something (the WAL file appears with the first commit).
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "dyad.dll"), "run", input, "--db", db, "--quiet" })
        {
            info.ArgumentList.Add(a);
        }

        using (var process = Process.Start(info)!)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)
                   && !(File.Exists(db + "-wal") && new FileInfo(db + "-wal").Length > 64 * 1024))
            {
                Thread.Sleep(20);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }

        var partial = CountArticles(db);
        output.WriteLine($"{partial} of {Articles} articles were committed before the kill.");
        var rerun = DyadProcess.Run("run", input, "--db", db, "--quiet");

        Assert.Equal(0, rerun.ExitCode);
        Assert.InRange(partial, 0, Articles);
        Assert.Equal(Articles, CountArticles(db));
    }

    private static int CountArticles(string db)
    {
        var export = DyadProcess.Run("export", "articles", "--db", db);
        Assert.Equal(0, export.ExitCode);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(ids.Add(json.RootElement.GetProperty("id").GetString()!), "an article was stored twice");
        }

        return ids.Count;
    }

    private static void WriteArticles(string path, int count)
    {
        string[] places = ["Geneva", "Vienna", "Oslo", "Cairo", "Lima", "Hanoi", "Accra", "Riga"];
        string[] topics = ["trade", "security", "energy", "water", "fisheries", "migration", "tariffs", "vaccines"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var text = $"Delegations from {places[i % 8]} and {places[(i / 8) % 8]} met for round {i} of talks on "
                + $"{topics[(i / 64) % 8]} and {topics[(i / 512) % 8]}, officials said on day {i % 365} of the year. "
                + $"The talks, number {i}, will continue next week, a spokesman for the {places[(i / 3) % 8]} delegation added.";
            writer.Write("{\"id\":\"a");
            writer.Write(i);
            writer.Write("\",\"text\":");
            writer.Write(JsonSerializer.Serialize(text));
            writer.Write("}\n");
        }
    }
}
