using Dyad.Core;

namespace Dyad.Linking.Tests;

/// <summary>Reading dates into day ranges.</summary>
public sealed class LinkDateTests
{
    [Theory]
    [InlineData("2013-06-17", "2013-06-17", "2013-06-17")]
    [InlineData("2013-06", "2013-06-01", "2013-06-30")]
    [InlineData("2013", "2013-01-01", "2013-12-31")]
    [InlineData("2013-W25", "2013-06-17", "2013-06-23")]
    public void AStoredDateNamesItsRangeOfDays(string value, string start, string end)
    {
        var date = LinkDate.Parse(value);

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (date.Start, date.End));
        Assert.Equal(value, date.ToString());
    }

    [Fact]
    public void ADayWithoutAYearTakesTheYearNearestItsArticlesDate() =>
        Assert.Equal(LinkDate.Day(2012, 12, 30), LinkDate.Parse("XXXX-12-30", new DateOnly(2013, 1, 2)));

    [Fact]
    public void APartialDateNamesTheSameRangeAsItsIsoForm()
    {
        Assert.True(PartialDate.TryParse("2013-06", out var month));
        Assert.Equal(LinkDate.Month(2013, 6), LinkDate.From(month, published: null));
        Assert.Equal(LinkDate.Day(2013, 5, 24), LinkDate.From(PartialDate.FromMonthDay(5, 24), new DateOnly(2013, 5, 27)));
        Assert.False(LinkDate.From(null, new DateOnly(2013, 5, 27)).IsKnown);
    }

    [Fact]
    public void ADayWithoutAYearStaysUnknownWithoutAnArticleDate() =>
        Assert.False(LinkDate.Parse("--05-24").IsKnown);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XXXX-WXX")]
    [InlineData("PRESENT_REF")]
    public void AnythingElseIsUnknown(string? value) =>
        Assert.Equal(DateGranularity.Unknown, LinkDate.Parse(value).Granularity);
}
