using System.Globalization;
using System.Text;
using Dyad.Language.Pipeline;
using Dyad.Language.Time;
using Dyad.Testing;

namespace Dyad.Language.Tests.Pipeline;

/// <summary>
/// The five sample articles through the whole language layer, anchored on the publication date the cleaner found
/// (testdata/golden/*.meta.json): golden files of their entities and time expressions, and the names, places and
/// dates issue 3 expects.
/// </summary>
public sealed class SampleAnnotationTests
{
    public static TheoryData<string> Samples() => CleanSamples.Ids();

    private static AnnotatedText Annotate(string id)
    {
        var (text, published) = CleanSamples.Load(id);
        return LanguagePipeline.Default.Annotate(text, published);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnnotationsMatchTheGoldenFile(string id)
    {
        var annotated = Annotate(id);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"# {id}: anchor {annotated.Anchor?.ToString() ?? "none"}, {annotated.Sentences.Length} sentences, {annotated.Tokens.Length} tokens\n");
        foreach (var e in annotated.Entities)
        {
            sb.Append(c, $"entity {e.Span.Start}-{e.Span.End} {e.Type}{(e.Subtype is null ? string.Empty : "/" + e.Subtype)} {e.Text}\n");
        }

        foreach (var t in annotated.Timexes)
        {
            sb.Append(c, $"timex {t.Span.Start}-{t.Span.End} {TimeMLNames.Type(t.Type)} {t.Value} {t.Text}\n");
        }

        Golden.Verify(Path.Combine(Repo.TestData, "golden", id + ".annotations.txt"), sb.ToString());
    }

    [Theory]
    [InlineData("PER", "Barack Obama")]
    [InlineData("PER", "Vladimir Putin")]
    [InlineData("PER", "Ben Rhodes")]
    [InlineData("PER", "Bashar al-Assad")]
    [InlineData("PER", "Sergei Lavrov")]
    [InlineData("PER", "Nikolai Patrushev")]
    [InlineData("PER", "Yury Ushakov")]
    [InlineData("PER", "Doug Lute")]
    [InlineData("ORG", "White House")]
    [InlineData("ORG", "Kremlin")]
    [InlineData("ORG", "NATO")]
    [InlineData("ORG", "RIA Novosti")]
    [InlineData("LOC", "Mexico")]
    [InlineData("LOC", "Lough Erne")]
    [InlineData("LOC", "Northern Ireland")]
    [InlineData("LOC", "St. Petersburg")]
    [InlineData("LOC", "Syria")]
    public void TheSamplesNamePeopleOrganisationsAndPlacesAsTheIssueExpects(string type, string name)
    {
        // Exactly the name: a title such as "Foreign Minister" or "Deputy National Security Advisor" stays outside.
        var found = new List<NamedEntity>();
        foreach (string id in Samples())
        {
            found.AddRange(Annotate(id).Entities);
        }


        Assert.Contains(found, e => e.Type == type && e.Text == name);
        Assert.DoesNotContain(found, e => e.Text != name && e.Text.EndsWith(" " + name, StringComparison.Ordinal) && e.Type == type);
    }

    [Fact]
    public void TheWeekdaysOfTheKremlinCallReportResolveAgainstItsDate()
    {
        var timexes = Annotate("003_3c0780f787e20235").Timexes;

        Assert.Equal("2013-03-02", timexes.First(t => t.Text == "Saturday").Value);
        Assert.Equal("2013-03-01", timexes.First(t => t.Text.StartsWith("Friday", StringComparison.Ordinal)).Value);
        Assert.Equal("2013-06-17", timexes.First(t => t.Text == "June 17").Value);
    }

    [Fact]
    public void ADayWithoutAYearKeepsItsYearUnknown()
    {
        var timexes = Annotate("004_e7aabe6b07c08349").Timexes;

        Assert.Equal("XXXX-05-24", timexes.First(t => t.Text == "May 24").Value);
        Assert.DoesNotContain(timexes, t => t.Value.StartsWith(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
