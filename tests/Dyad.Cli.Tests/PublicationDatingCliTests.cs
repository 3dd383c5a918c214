using System.Text.Json;

namespace Dyad.Cli.Tests;

/// <summary>Issue 5's seed checks on the samples' store: inferred publication dates, and the events they let link.</summary>
public sealed class PublicationDatingCliTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private JsonElement Article(string name)
    {
        var export = DyadProcess.Run("export", "articles", "--db", samples.Db, "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        foreach (var line in export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var article = JsonDocument.Parse(line).RootElement.Clone();
            if (article.GetProperty("name").GetString() == name)
            {
                return article;
            }
        }

        throw new Xunit.Sdk.XunitException($"no article {name} in the store");
    }

    private List<JsonElement> Events()
    {
        var export = DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);
        return [.. export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public void TheRiaDatelineMay24TakesTheYearOfTheG8SummitItPreviews()
    {
        var ria = Article("004_e7aabe6b07c08349");
        Assert.Equal("2013-05-24", ria.GetProperty("published").GetString());
        Assert.Equal("day", ria.GetProperty("published_precision").GetString());

        var evidence = ria.GetProperty("published_evidence");
        Assert.True(evidence.GetProperty("inferred").GetBoolean());
        Assert.StartsWith("summit: the G8 summit at Lough Erne", evidence.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Contains("G8 Summit", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheUndatedPtiPreviewOfTheG20InMexicoNextWeekIsDatedToJune2012()
    {
        var pti = Article("000_c68bf4345ab70349");
        Assert.Equal("2012-06", pti.GetProperty("published").GetString());
        Assert.Equal("month", pti.GetProperty("published_precision").GetString());
        Assert.True(pti.GetProperty("published_evidence").GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public void AStatedPublicationDateIsKeptAndNotMarkedInferred()
    {
        var kremlin = Article("001_61d24ba88863823d");
        Assert.Equal("2012-06-18", kremlin.GetProperty("published").GetString());
        Assert.False(kremlin.GetProperty("published_evidence").GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public void TheLosCabosMeetingIsOneOccurredEventFromThePtiPreviewAndTheKremlinTranscript()
    {
        var meeting = Assert.Single(Events(), e =>
            e.GetProperty("code").GetString() == "040" && e.GetProperty("date").GetString() == "2012-06-18" && e.GetProperty("article_count").GetInt32() >= 2);

        Assert.Equal("occurred", meeting.GetProperty("modality").GetString());
        Assert.Equal("MEX", meeting.GetProperty("location").GetProperty("country").GetString());
        var articles = meeting.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("article").GetString()).Distinct().ToList();
        Assert.Contains(Article("000_c68bf4345ab70349").GetProperty("id").GetString(), articles);
        Assert.Contains(Article("001_61d24ba88863823d").GetProperty("id").GetString(), articles);
    }

    [Fact]
    public void TheG8MeetingOfJune2013IsOnePlannedEventFromTheUspaAndRiaArticles()
    {
        var meeting = Assert.Single(Events(), e =>
            e.GetProperty("location").ValueKind == JsonValueKind.Object && e.GetProperty("location").GetProperty("name").GetString() == "Lough Erne");

        Assert.Equal("planned", meeting.GetProperty("modality").GetString());
        Assert.Equal("2013-06-17", meeting.GetProperty("date").GetString());
        var articles = meeting.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("article").GetString()).Distinct().ToList();
        Assert.Contains(Article("003_3c0780f787e20235").GetProperty("id").GetString(), articles);
        Assert.Contains(Article("004_e7aabe6b07c08349").GetProperty("id").GetString(), articles);
    }

    [Fact]
    public void AnnotateInfersTheSameDateUnlessOneIsGiven()
    {
        var file = Path.Combine(Dyad.Testing.Repo.Samples, "004_e7aabe6b07c08349.txt");

        var inferred = JsonDocument.Parse(DyadProcess.Run("annotate", file, "--format", "jsonl").Stdout).RootElement;
        Assert.Equal("2013-05-24", inferred.GetProperty("published").GetString());

        var given = JsonDocument.Parse(DyadProcess.Run("annotate", file, "--format", "jsonl", "--published", "2013-05-20").Stdout).RootElement;
        Assert.Equal("2013-05-20", given.GetProperty("published").GetString());
    }

    [Fact]
    public void TheKremlinsClaimOfMilitaryCoordinationAndTheUsDenialAreMarkedAsContradicting()
    {
        var asharq = Article("002_cc39000ba7115282").GetProperty("id").GetString();
        var marked = Events().Where(e =>
            e.GetProperty("contradictions").GetArrayLength() > 0
            && e.GetProperty("mentions").EnumerateArray().Any(m => m.GetProperty("article").GetString() == asharq)).ToList();

        Assert.Contains(marked, e => e.GetProperty("modality").GetString() == "negated");
        Assert.Contains(marked, e => e.GetProperty("modality").GetString() != "negated");
        Assert.All(marked, e => Assert.Contains(
            e.GetProperty("contradictions").EnumerateArray(),
            c => c.GetProperty("reason").GetString()!.StartsWith("claimed by Kremlin", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheTwoPhoneCallsStayTwoEvents()
    {
        var calls = Events().Where(e => e.GetProperty("code").GetString() == "041").ToList();

        Assert.Equal(2, calls.Count);
        Assert.Contains(calls, c => c.GetProperty("date").GetString() == "2013-03-01");
    }
}
