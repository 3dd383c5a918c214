namespace Dyad.Linking.Tests;

public sealed class SummitTableTests
{
    [Fact]
    public void TheG20AtLosCabosWasHeldOnTheEighteenthAndNineteenthOfJune2012InMexico()
    {
        var summit = Assert.Single(SummitTable.Default.HeldAt("Los Cabos"));

        Assert.Equal("G20", summit.Series);
        Assert.Equal(new DateOnly(2012, 6, 18), summit.Start);
        Assert.Equal(new DateOnly(2012, 6, 19), summit.End);
        Assert.Equal("MEX", summit.Country);
    }

    [Theory]
    [InlineData("Lough Erne")]
    [InlineData("lough erne")]
    [InlineData("Enniskillen")]
    public void TheG8AtLoughErneIsFoundByItsPlaceOrAnAlias(string place)
    {
        var summit = Assert.Single(SummitTable.Default.HeldAt(place));

        Assert.Equal("G8", summit.Series);
        Assert.Equal(new DateOnly(2013, 6, 17), summit.Start);
        Assert.Equal("GBR", summit.Country);
    }

    [Fact]
    public void AnAliasOfTheSeriesFindsItsSummitsInDateOrder()
    {
        var g8 = SummitTable.Default.OfSeries("Group of Eight");

        Assert.True(g8.Length >= 14, $"{g8.Length} G8 summits");
        Assert.All(g8, s => Assert.Equal("G8", s.Series));
        Assert.Equal(g8.OrderBy(s => s.Start), g8);
        Assert.Equal(g8.ToArray(), SummitTable.Default.OfSeries("g-8").ToArray());
    }

    [Fact]
    public void APlaceThatHostedSeveralSummitsGivesThemAll()
    {
        var petersburg = SummitTable.Default.HeldAt("Saint Petersburg");

        Assert.Equal(["G8", "G20"], petersburg.Select(s => s.Series));
        Assert.Equal([2006, 2013], petersburg.Select(s => s.Start.Year));
    }

    [Fact]
    public void EveryShippedSummitHasADayRangeAPlaceAndAHostCountry()
    {
        Assert.NotEmpty(SummitTable.Default.Summits);
        Assert.All(SummitTable.Default.Summits, s =>
        {
            Assert.True(s.End >= s.Start && s.End.DayNumber - s.Start.DayNumber <= 3, $"{s.Place} {s.Start}-{s.End}");
            Assert.NotEmpty(s.Names);
            Assert.Matches("^[A-Z]{3}$", s.Country);
        });
        Assert.Equal(SummitTable.Default.Summits.OrderBy(s => s.Start), SummitTable.Default.Summits);
    }

    [Theory]
    [InlineData("G8\tG8\t2013-06-17\t2013-06-18\tLough Erne\t\tGB", "a series, a place and an ISO3 country")]
    [InlineData("G8\tG8\t2013-06-18\t2013-06-17\tLough Erne\t\tGBR", "not a range")]
    [InlineData("G8\tG8\t17 June 2013\t2013-06-18\tLough Erne\t\tGBR", "not a range")]
    [InlineData("G8\tG8\t2013-06-17", "3 fields, expected 7")]
    public void AMalformedRowIsRefusedWithItsLine(string row, string reason)
    {
        var text = "# note\nseries\tnames\tstart\tend\tplace\tplace_aliases\tcountry\n" + row + "\n";

        var error = Assert.Throws<InvalidDataException>(() => SummitTable.Parse(new StringReader(text), "test.tsv"));
        Assert.Contains("test.tsv:3", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
