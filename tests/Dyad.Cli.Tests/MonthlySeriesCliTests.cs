using System.Globalization;
using System.Text.Json;

namespace Dyad.Cli.Tests;

public sealed class MonthlySeriesCliTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private List<JsonElement> Run(params string[] args)
    {
        var result = DyadProcess.Run(["timeline", "--db", samples.Db, .. args]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public void TheMonthlySeriesOfObamaAndPutinSumsTheEventsThatTookPlaceEachMonthWithoutGaps()
    {
        var months = Run("--actor", "Obama", "--with", "Putin", "--monthly", "--format", "jsonl");
        var events = Run("--actor", "Obama", "--with", "Putin", "--format", "jsonl");

        var names = months.Select(m => DateOnly.ParseExact(m.GetProperty("month").GetString() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(names.Zip(names.Skip(1), (a, b) => b == a.AddMonths(1)), names.Skip(1).Select(_ => true));

        var june = Assert.Single(months, m => m.GetProperty("month").GetString() == "2012-06");
        var juneEvents = events.Where(e => e.GetProperty("date").GetString()?.StartsWith("2012-06", StringComparison.Ordinal) == true
            && e.GetProperty("modality").GetString() is "occurred" or "claimed").ToList();
        Assert.Equal(juneEvents.Count, june.GetProperty("events").GetInt32());
        Assert.Equal(juneEvents.Sum(e => e.GetProperty("goldstein").GetDouble()), june.GetProperty("goldstein").GetDouble(), 6);
        Assert.True(june.GetProperty("verbal_cooperation").GetInt32() >= 1, "the Los Cabos meeting is verbal cooperation");

        var counted = months.Sum(m => m.GetProperty("events").GetInt32() + m.GetProperty("not_occurred").GetInt32());
        Assert.True(counted <= events.Count);
    }
}
