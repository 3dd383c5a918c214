using Dyad.Cleaning.Dates;
using Dyad.Core;

namespace Dyad.Cleaning.Tests.Dates;

public sealed class DateScannerTests
{
    [Theory]
    [InlineData("June 18, 2012", "2012-06-18")]
    [InlineData("April 1 , 1997", "1997-04-01")]
    [InlineData("Jun 18, 2012", "2012-06-18")]
    [InlineData("Jun. 18 2012", "2012-06-18")]
    [InlineData("June 18th, 2012", "2012-06-18")]
    [InlineData("18 June 2012", "2012-06-18")]
    [InlineData("18th June, 2012", "2012-06-18")]
    [InlineData("2012-06-18", "2012-06-18")]
    [InlineData("2012/06/18", "2012-06-18")]
    [InlineData("03.03.2013", "2013-03-03")]
    [InlineData("18.06.2012", "2012-06-18")]
    [InlineData("04.03.2013", "2013-03-04")]
    [InlineData("18-06-2012", "2012-06-18")]
    [InlineData("26-FEB-1987", "1987-02-26")]
    [InlineData("Sept 3, 2001", "2001-09-03")]
    [InlineData("SEPTEMBER 3, 2001", "2001-09-03")]
    [InlineData("June 2012", "2012-06")]
    public void ReadsFullDatesInCommonWrittenForms(string text, string iso)
    {
        Assert.True(DateScanner.TryParse(text, out var date), text);
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("May 24", "--05-24")]
    [InlineData("24 May", "--05-24")]
    [InlineData("Feb 29", "--02-29")]
    public void KeepsADayWithoutAYearPartial(string text, string iso)
    {
        Assert.True(DateScanner.TryParse(text, out var date));
        Assert.Equal(DatePrecision.MonthDay, date.Precision);
        Assert.Null(date.Year);
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("18/06/2012", "2012-06-18")]
    [InlineData("06/18/2012", "2012-06-18")]
    [InlineData("05/05/2012", "2012-05-05")]
    public void ReadsSlashedDatesOnlyWhenTheNumbersSettleTheOrder(string text, string iso)
    {
        Assert.True(DateScanner.TryParse(text, out var date));
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("03/04/2012")]
    [InlineData("may 24")]
    [InlineData("May")]
    [InlineData("31.02.2013")]
    [InlineData("June 31, 2012")]
    [InlineData("13.13.2013")]
    [InlineData("12.05.13")]
    [InlineData("2005 -2017")]
    [InlineData("23:15")]
    [InlineData("2 of 5")]
    [InlineData("")]
    public void RejectsAmbiguousImpossibleOrNonDates(string text)
    {
        Assert.False(DateScanner.TryParse(text, out _), text);
    }

    [Fact]
    public void FindsTheDateInsideALabelledLineWithItsOffsets()
    {
        const string line = "Publication date: June 18, 2012, 23:15";
        Assert.True(DateScanner.TryFindFirst(line, out var m));
        Assert.Equal("June 18, 2012", line[m.Start..m.End]);
        Assert.Equal("2012-06-18", m.Date.ToString());
    }

    [Fact]
    public void FindsADatelineDateBeforeTheAgency()
    {
        const string line = "BOCHAROV RUCHEI, May 24 (RIA Novosti) - Presidents will meet";
        Assert.True(DateScanner.TryFindFirst(line, out var m));
        Assert.Equal("May 24", line[m.Start..m.End]);
        Assert.Equal("--05-24", m.Date.ToString());
    }

    [Fact]
    public void DoesNotReadMonthNamesInsideWords()
    {
        Assert.False(DateScanner.TryFindFirst("Mayor Junes said 24 people", out _));
        Assert.False(DateScanner.TryFindFirst("Bumpy 12, 2012", out _));
    }

    [Fact]
    public void FindsEveryDateInOrder()
    {
        const string text = "Talks began on March 3, 2013 and ended 04.03.2013; a third round is set for May 24.";
        var all = DateScanner.FindAll(text);
        Assert.Equal(["2013-03-03", "2013-03-04", "--05-24"], all.Select(d => d.Date.ToString()));
        Assert.All(all, d => Assert.True(d.Start >= 0 && d.End <= text.Length));
        Assert.Equal("04.03.2013", text[all[1].Start..all[1].End]);
    }

    [Theory]
    [InlineData("23:15", 5)]
    [InlineData("7:25 pm", 7)]
    [InlineData("07:25:10 Time", 8)]
    public void ReadsClockTimes(string text, int length)
    {
        Assert.True(DateScanner.TryMatchTimeAt(text, 0, out var n));
        Assert.Equal(length, n);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("123:15")]
    public void RejectsImpossibleTimes(string text)
    {
        Assert.False(DateScanner.TryMatchTimeAt(text, 0, out _));
    }

    [Fact]
    public void NeverThrowsOnHostileText()
    {
        Dyad.Testing.Properties.ForAll(300, rng =>
        {
            var text = Dyad.Testing.Properties.HostileText(rng) + " 1 Jan. 29.02.2000 Feb 3";
            foreach (var m in DateScanner.FindAll(text))
            {
                Assert.InRange(m.Start, 0, text.Length);
                Assert.InRange(m.End, m.Start + 1, text.Length);
            }
        });
    }
}
