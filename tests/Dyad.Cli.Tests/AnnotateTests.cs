using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

public sealed class AnnotateTests
{
    [Fact]
    public void AnnotatePrintsOneObjectPerDocumentWithTheContractFields()
    {
        var file = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).First();
        var result = DyadProcess.Run("annotate", file, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout.Trim());
        var root = json.RootElement;
        Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("id").GetString());
        foreach (var field in new[] { "title", "source", "published", "text", "entities", "timexes", "quotes", "events" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal(JsonValueKind.Array, root.GetProperty("events").ValueKind);
    }

    [Fact]
    public void EntitiesAndTimexesPointIntoTheTextTheyQuote()
    {
        var file = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).First();
        var result = DyadProcess.Run("annotate", file, "--format", "jsonl");

        using var json = JsonDocument.Parse(result.Stdout.Trim());
        var text = json.RootElement.GetProperty("text").GetString()!;
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(entities);
        foreach (var layer in new[] { "entities", "timexes" })
        {
            foreach (var item in json.RootElement.GetProperty(layer).EnumerateArray())
            {
                var start = item.GetProperty("start").GetInt32();
                var end = item.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], item.GetProperty("text").GetString());
                Assert.False(string.IsNullOrEmpty(item.GetProperty("type").GetString()));
            }
        }

        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "PER");
    }

    [Fact]
    public void PublishedAnchorsTheRelativeDates()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dyad-annotate-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "The ministers met on Friday and will meet again next month.\n");
        try
        {
            var result = DyadProcess.Run("annotate", file, "--format", "jsonl", "--no-clean", "--published", "2013-03-03");
            using var json = JsonDocument.Parse(result.Stdout.Trim());
            var values = json.RootElement.GetProperty("timexes").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();

            Assert.Equal(["2013-03-01", "2013-04"], values);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void NoCleanKeepsTheTextVerbatim()
    {
        var file = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).Last();
        var result = DyadProcess.Run("annotate", file, "--format", "jsonl", "--no-clean");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout.Trim());
        Assert.Equal(File.ReadAllText(file), json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void PublishedOptionSetsTheDateAndRejectsNonDates()
    {
        var file = Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal).First();
        var ok = DyadProcess.Run("annotate", file, "--format", "jsonl", "--published", "2012-06-15");
        using var json = JsonDocument.Parse(ok.Stdout.Trim());
        Assert.Equal("2012-06-15", json.RootElement.GetProperty("published").GetString());

        var bad = DyadProcess.Run("annotate", file, "--format", "jsonl", "--published", "last Friday");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("is not a date", bad.Stderr + bad.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpIsAvailableForEveryCommand()
    {
        foreach (var command in new[] { "run", "export", "annotate", "search", "bench", "eval", "train", "dictionaries", "codebook" })
        {
            var help = DyadProcess.Run(command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Usage:", help.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EventsCarryTheContractFieldsAndPointIntoTheText()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dyad-annotate-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Russian President Vladimir Putin met U.S. President Barack Obama in Mexico on Monday.\n\nThe two leaders did not reach any agreement on Syria, a Kremlin aide said.\n");
        try
        {
            var result = DyadProcess.Run("annotate", file, "--format", "jsonl", "--no-clean", "--published", "2012-06-20");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout.Trim());
            var text = json.RootElement.GetProperty("text").GetString()!;
            var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
            Assert.NotEmpty(events);
            foreach (var e in events)
            {
                foreach (var field in new[] { "id", "date", "code", "root", "quad_class", "goldstein", "plover", "source", "target", "modality", "claimant", "location", "issues", "mentions" })
                {
                    Assert.True(e.TryGetProperty(field, out _), $"event lacks {field}");
                }

                Assert.Equal(text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], e.GetProperty("text").GetString());
                Assert.StartsWith(e.GetProperty("root").GetString()!, e.GetProperty("code").GetString()!, StringComparison.Ordinal);
                Assert.Contains(e.GetProperty("modality").GetString(), new[] { "occurred", "planned", "negated", "hypothetical", "claimed" });
            }

            var meeting = events.First(e => e.GetProperty("code").GetString()!.StartsWith("04", StringComparison.Ordinal));
            Assert.Equal("2012-06-18", meeting.GetProperty("date").GetString());
            Assert.Equal("RUSGOV", meeting.GetProperty("source").GetProperty("code").GetString());
            Assert.Equal("USAGOV", meeting.GetProperty("target").GetProperty("code").GetString());
            Assert.Equal("MEX", meeting.GetProperty("location").GetProperty("country").GetString());
            Assert.Equal("occurred", meeting.GetProperty("modality").GetString());

            var agreement = events.First(e => e.GetProperty("code").GetString() == "057");
            Assert.Equal("negated", agreement.GetProperty("modality").GetString());
            Assert.Equal("Vladimir Putin", agreement.GetProperty("source").GetProperty("name").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void QuotesCarryTheContractFieldsAndTheirSpeakersAreCoded()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dyad-annotate-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "\"We will not accept these terms,\" Russian Foreign Minister Sergei Lavrov told reporters in Moscow.\n");
        try
        {
            var result = DyadProcess.Run("annotate", file, "--format", "jsonl", "--no-clean", "--published", "2015-05-12");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout.Trim());
            var text = json.RootElement.GetProperty("text").GetString()!;
            var quote = Assert.Single(json.RootElement.GetProperty("quotes").EnumerateArray());
            foreach (var field in new[] { "article", "text", "start", "end", "speaker", "cue" })
            {
                Assert.True(quote.TryGetProperty(field, out _), $"quote lacks {field}");
            }

            Assert.Equal(text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], quote.GetProperty("text").GetString());
            Assert.Equal("told", quote.GetProperty("cue").GetString());
            Assert.Equal("Sergei Lavrov", quote.GetProperty("speaker").GetProperty("name").GetString());
            Assert.Equal("RUSGOV", quote.GetProperty("speaker").GetProperty("code").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
