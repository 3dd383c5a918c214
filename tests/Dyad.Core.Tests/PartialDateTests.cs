using Dyad.Core;

namespace Dyad.Core.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2012-06-18", DatePrecision.Day)]
    [InlineData("2013-03", DatePrecision.Month)]
    [InlineData("2013", DatePrecision.Year)]
    [InlineData("--05-24", DatePrecision.MonthDay)]
    public void IsoFormsRoundTripWithTheirPrecision(string iso, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(iso, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.ToString());
    }

    [Fact]
    public void DayWithoutYearStaysPartial()
    {
        var date = PartialDate.FromMonthDay(5, 24);
        Assert.Null(date.Year);
        Assert.Equal("--05-24", date.ToString());
    }

    [Theory]
    [InlineData("2013-02-29")]
    [InlineData("2013-13")]
    [InlineData("--02-30")]
    [InlineData("13-05-24")]
    [InlineData("")]
    [InlineData("yesterday")]
    public void ImpossibleDatesAreRejected(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void LeapDayWithoutYearIsAllowed()
    {
        Assert.True(PartialDate.TryParse("--02-29", out _));
    }
}
