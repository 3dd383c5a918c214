using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

/// <summary><c>--dictionaries DIR</c> on <c>dyad annotate</c> and <c>dyad run</c>: events coded with a user's PETRARCH dictionaries.</summary>
public sealed class DictionaryOptionTests
{
    [SharedDataFact("event-coding/petrarch2/PETR.Validate.verbs.txt")]
    public void AnnotateWritesTheDictionaryCodersEventsBesideItsOwn()
    {
        // The unit-test dictionaries alone (the shared folder also holds the Phoenix set its config names).
        var folder = Path.Combine(DyadProcess.TempDir(), "validate");
        Directory.CreateDirectory(folder);
        foreach (var kind in new[] { "actors", "agents", "verbs", "discards" })
        {
            var name = $"PETR.Validate.{kind}.txt";
            File.Copy(Path.Combine(Repo.SharedData!, "event-coding", "petrarch2", name), Path.Combine(folder, name));
        }

        var file = Path.Combine(DyadProcess.TempDir(), "arnor.txt");
        File.WriteAllText(file, "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.\n");

        var result = DyadProcess.Run("annotate", file, "--format", "jsonl", "--no-clean", "--published", "1995-01-01", "--dictionaries", folder);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout.Trim());
        var coded = json.RootElement.GetProperty("dictionary_events").EnumerateArray()
            .Select(e => (e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("code").GetString()))
            .ToList();
        Assert.Contains(("ARN", "GON", "064"), coded);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("events").ValueKind);
    }

    [Fact]
    public void AMissingDictionaryFolderIsAClearErrorNamingIt()
    {
        var missing = Path.Combine(DyadProcess.TempDir(), "no-such-dictionaries");
        var file = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).First();

        var annotate = DyadProcess.Run("annotate", file, "--format", "jsonl", "--dictionaries", missing);
        var run = DyadProcess.Run("run", file, "--db", Path.Combine(DyadProcess.TempDir(), "d.db"), "--dictionaries", missing);

        Assert.Equal(1, annotate.ExitCode);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-dictionaries", annotate.Stderr, StringComparison.Ordinal);
        Assert.Contains("no-such-dictionaries", run.Stderr, StringComparison.Ordinal);
    }
}
