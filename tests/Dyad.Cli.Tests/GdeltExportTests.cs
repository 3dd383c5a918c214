using System.Globalization;
using System.Text.Json;

namespace Dyad.Cli.Tests;

public sealed class GdeltExportTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static string[][] Rows(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];

    [Fact]
    public void EventsExportAsTheSixtyOneGdeltColumnsWithNumericIdsDatesCodesAndCounts()
    {
        var gdelt = DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "gdelt");
        Assert.True(gdelt.ExitCode == 0, gdelt.Stderr);
        var rows = Rows(gdelt.Stdout);
        var events = DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "jsonl").Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

        Assert.Equal(events.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        for (var i = 0; i < rows.Length; i++)
        {
            var (row, e) = (rows[i], events[i]);
            var id = ulong.Parse(e.GetProperty("id").GetString()!.AsSpan(3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            Assert.Equal(id.ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(e.GetProperty("code").GetString(), row[26]);
            Assert.Equal(e.GetProperty("root").GetString(), row[28]);
            Assert.Equal(e.GetProperty("mention_count").GetInt32().ToString(CultureInfo.InvariantCulture), row[31]);
            Assert.Equal(e.GetProperty("outlet_count").GetInt32().ToString(CultureInfo.InvariantCulture), row[32]);
            Assert.Equal(e.GetProperty("article_count").GetInt32().ToString(CultureInfo.InvariantCulture), row[33]);
            if (e.GetProperty("date").GetString() is { Length: 10 } day)
            {
                Assert.Equal(day.Replace("-", "", StringComparison.Ordinal), row[1]);
            }
        }

        var losCabos = Assert.Single(rows, r => r[26] == "040" && r[1] == "20120618" && r[52] == "Mexico");
        Assert.Equal("USAGOV", losCabos[5] == "USAGOV" ? losCabos[5] : losCabos[15]);
        Assert.Equal("MEX", losCabos[53]);
        Assert.Equal("GOV", losCabos[12]);
    }

    [Fact]
    public void MentionsExportAsTheSixteenGdeltColumnsEachNamingAnExportedEvent()
    {
        var events = Rows(DyadProcess.Run("export", "events", "--db", samples.Db, "--format", "gdelt").Stdout).Select(r => r[0]).ToHashSet();
        var gdelt = DyadProcess.Run("export", "mentions", "--db", samples.Db, "--format", "gdelt");
        Assert.True(gdelt.ExitCode == 0, gdelt.Stderr);
        var rows = Rows(gdelt.Stdout);

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(16, r.Length);
            Assert.Contains(r[0], events);
            Assert.True(int.Parse(r[6], CultureInfo.InvariantCulture) >= 1);
            Assert.True(int.Parse(r[9], CultureInfo.InvariantCulture) >= 0);
        });
    }

    [Fact]
    public void GdeltHasNoTableForQuotesOrArticles()
    {
        var quotes = DyadProcess.Run("export", "quotes", "--db", samples.Db, "--format", "gdelt");

        Assert.Equal(1, quotes.ExitCode);
        Assert.Contains("GDELT 2.0 has no quotes table", quotes.Stderr, StringComparison.Ordinal);
        Assert.Empty(quotes.Stdout);
    }
}
