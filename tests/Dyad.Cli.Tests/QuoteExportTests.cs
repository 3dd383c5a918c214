using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

public sealed class QuoteExportTests
{
    [Fact]
    public void RunStoresQuotesWhoseExportNamesAndCodesTheSpeakerAndPointsIntoTheCleanText()
    {
        var dir = DyadProcess.TempDir();
        var db = Path.Combine(dir, "dyad.db");
        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);

        var first = DyadProcess.Run("export", "quotes", "--db", db, "--format", "jsonl");
        Assert.Equal(0, first.ExitCode);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DyadProcess.Run("export", "articles", "--db", db).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var article = JsonDocument.Parse(line);
            texts[article.RootElement.GetProperty("id").GetString()!] = article.RootElement.GetProperty("text").GetString()!;
        }

        var lines = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var earnest = 0;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var q = json.RootElement;
            foreach (var field in new[] { "article", "text", "start", "end", "speaker", "cue", "kind" })
            {
                Assert.True(q.TryGetProperty(field, out _), $"missing {field} in {line[..Math.Min(200, line.Length)]}");
            }

            var text = texts[q.GetProperty("article").GetString()!];
            var start = q.GetProperty("start").GetInt32();
            Assert.Equal(text[start..q.GetProperty("end").GetInt32()], q.GetProperty("text").GetString());
            if (q.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speaker
                && speaker.GetProperty("name").GetString() == "Josh Earnest"
                && q.GetProperty("text").GetString()!.StartsWith("Obama and Russian President Vladimir Putin did not reach any agreement", StringComparison.Ordinal))
            {
                Assert.Equal("USAGOV", speaker.GetProperty("code").GetString());
                Assert.Equal("said", q.GetProperty("cue").GetString());
                earnest++;
            }
        }

        Assert.Equal(1, earnest);

        Assert.Equal(0, DyadProcess.Run("run", Repo.Samples, "--db", db).ExitCode);
        Assert.Equal(first.Stdout, DyadProcess.Run("export", "quotes", "--db", db, "--format", "jsonl").Stdout);

        var csv = DyadProcess.Run("export", "quotes", "--db", db, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("article,text,start,end,speaker_name,speaker_code,cue,", csv.Stdout, StringComparison.Ordinal);
    }
}
