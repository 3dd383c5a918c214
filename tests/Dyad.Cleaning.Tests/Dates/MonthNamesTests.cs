using Dyad.Cleaning.Dates;

namespace Dyad.Cleaning.Tests.Dates;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("January", 1, 7)]
    [InlineData("Jan.", 1, 4)]
    [InlineData("Sept. 3", 9, 5)]
    [InlineData("DEC", 12, 3)]
    [InlineData("May 24", 5, 3)]
    public void ReadsFullAndAbbreviatedNames(string text, int month, int length)
    {
        Assert.True(MonthNames.TryMatch(text, 0, out var m, out var n));
        Assert.Equal(month, m);
        Assert.Equal(length, n);
    }

    [Theory]
    [InlineData("may")]
    [InlineData("Mayor")]
    [InlineData("Ju")]
    [InlineData("Marching")]
    public void RejectsLowerCaseAndLongerWords(string text)
    {
        Assert.False(MonthNames.TryMatch(text, 0, out _, out _));
    }
}
