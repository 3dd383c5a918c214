using System.Text.Json;
using Dyad.Core;
using Dyad.Language.Time;
using Dyad.Testing;

namespace Dyad.Language.Tests.Time;

/// <summary>The five sample articles, tagged with the publication date the cleaner found (testdata/golden/*.meta.json).</summary>
public sealed class SampleTimexTests
{
    private static (IReadOnlyList<TimeExpression> Found, PartialDate? Anchor) TagSample(string id)
    {
        var clean = Path.Combine(Repo.TestData, "golden", id + ".clean.txt");
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.TestData, "golden", id + ".meta.json")));
        PartialDate? anchor = null;
        if (meta.RootElement.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.Object
            && PartialDate.TryParse(published.GetProperty("value").GetString(), out var date))
        {
            anchor = date;
        }

        return (TimeExpressionTagger.Default.Tag(File.ReadAllText(clean), anchor), anchor);
    }

    private static string ValueOf(IReadOnlyList<TimeExpression> found, string text, int occurrence = 0)
    {
        var matches = found.Where(t => t.Text == text).ToList();
        Assert.True(matches.Count > occurrence, $"'{text}' not found; found: {string.Join(", ", found.Select(t => t.Text))}");
        return matches[occurrence].Value;
    }

    [Fact]
    public void ResolvesTheWeekdaysAndRelativeDatesOfTheKremlinCallReport()
    {
        // Published Sunday 2013-03-03: the call was on Saturday, the statement about Friday's call, the G8 in June ahead.
        var (found, anchor) = TagSample("003_3c0780f787e20235");
        Assert.Equal(PartialDate.FromDay(2013, 3, 3), anchor);
        Assert.Equal("2013-03-02", ValueOf(found, "Saturday"));
        Assert.Equal("2013-03-01", ValueOf(found, "Friday"));
        Assert.Equal("2013-W09", ValueOf(found, "earlier this week"));
        Assert.Equal("2013-06-17", ValueOf(found, "June 17"));
        Assert.Equal("2013-06-18", ValueOf(found, "June 18"));
        Assert.Equal("2013-09", ValueOf(found, "September"));
    }

    [Fact]
    public void ResolvesTodayAndThreeYearsAgoInTheTranscript()
    {
        var (found, anchor) = TagSample("001_61d24ba88863823d");
        Assert.Equal(PartialDate.FromDay(2012, 6, 18), anchor);
        Assert.Equal("2012-06-18", ValueOf(found, "Today"));
        Assert.Equal("2009", ValueOf(found, "three years ago"));
        Assert.Equal("P3Y", ValueOf(found, "the last three years"));
    }

    [Fact]
    public void KeepsTheYearUnknownWhenThePageGivesOnlyMonthAndDay()
    {
        var (found, anchor) = TagSample("004_e7aabe6b07c08349");
        Assert.Equal(PartialDate.FromMonthDay(5, 24), anchor);
        Assert.Equal("XXXX-05-24", ValueOf(found, "May 24"));
        Assert.Equal("XXXX-06", ValueOf(found, "June"));
        Assert.Equal("XXXX-09", ValueOf(found, "early September"));
        Assert.Equal("XXXX-04", ValueOf(found, "last month"));
        Assert.Equal("XXXX-WXX-5", ValueOf(found, "Friday"));
        Assert.Equal("XXXX-WXX-3", ValueOf(found, "Wednesday"));
    }

    [Fact]
    public void LeavesRelativeDatesUnresolvedWhenThePageGivesNoDate()
    {
        var (found, anchor) = TagSample("000_c68bf4345ab70349");
        Assert.Null(anchor);
        Assert.Equal("XXXX-WXX", ValueOf(found, "next week"));
        Assert.Equal("XXXX-WXX-5", ValueOf(found, "Friday"));
        Assert.All(found, t => Assert.False(t.IsResolved && t.IsRelative, $"{t} was resolved without an anchor."));
    }
}
