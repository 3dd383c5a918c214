namespace Dyad.Actors.Tests;

public sealed class PersonRoleTests
{
    private static Person Putin => Single("Vladimir Putin");

    private static Person Single(string name)
    {
        var people = ActorKnowledgeBase.Default.FindPeople(name);
        return Assert.Single(people);
    }

    [Theory]
    [InlineData(2010, 5, 1, "Prime Minister of Russia")]
    [InlineData(2013, 6, 17, "President of Russia")]
    public void PutinIsRussianGovernmentAsPrimeMinisterIn2010AndAsPresidentIn2013(int year, int month, int day, string title)
    {
        var role = Putin.RoleOn(new DateOnly(year, month, day));

        Assert.NotNull(role);
        Assert.Equal("RUSGOV", role.Code.Value);
        Assert.Equal(title, role.Title);
    }

    [Theory]
    [InlineData("1999-09-01", "Prime Minister of Russia")]
    [InlineData("2004-01-01", "President of Russia")]
    [InlineData("2008-05-08", "Prime Minister of Russia")]
    [InlineData("2012-05-07", "President of Russia")]
    [InlineData("2025-01-01", "President of Russia")]
    public void PutinsRoleFollowsTheCalendar(string date, string title) =>
        Assert.Equal(title, Putin.RoleOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Title);

    [Fact]
    public void ObamaIsAGovernmentActorOnlyWhilePresidentAndALegislatorAsSenator()
    {
        var obama = Single("Barack Obama");

        Assert.Null(obama.CodeOn(new DateOnly(2009, 1, 19)));
        Assert.Equal("USAGOV", obama.CodeOn(new DateOnly(2009, 1, 20))?.Value);
        Assert.Equal("USAGOV", obama.CodeOn(new DateOnly(2017, 1, 20))?.Value);
        Assert.Null(obama.CodeOn(new DateOnly(2017, 1, 21)));
        Assert.Equal("USALEG", obama.CodeOn(new DateOnly(2006, 6, 1))?.Value);
    }

    [Fact]
    public void WithoutADateTheMostRecentRoleIsChosenAndFlagged()
    {
        var choice = Putin.ChooseRole(null);

        Assert.False(choice.OnDate);
        Assert.Equal(Putin.MostRecentRole, choice.Role);
        Assert.True(Putin.ChooseRole(new DateOnly(2010, 5, 1)).OnDate);
    }

    [Fact]
    public void ADateOutsideEveryRoleChoosesTheNearestRole()
    {
        var obama = Single("Barack Obama");

        var later = obama.ChooseRole(new DateOnly(2020, 1, 1));
        var earlier = obama.ChooseRole(new DateOnly(2004, 1, 1));

        Assert.False(later.OnDate);
        Assert.Equal("President of the United States", later.Role.Title);
        Assert.Equal("United States Senator from Illinois", earlier.Role.Title);
    }

    [Fact]
    public void AYearOrMonthBoundCoversTheWholePeriod()
    {
        var ushakov = Single("Yury Ushakov");

        Assert.Equal(new DateOnly(2012, 5, 1), ushakov.Roles[0].From);
        Assert.Null(ushakov.Roles[0].To);
    }

    [Fact]
    public void TitlesMatchAsWholeWords()
    {
        var role = Putin.RoleOn(new DateOnly(2010, 5, 1))!;

        Assert.True(role.TitleMatches("prime minister"));
        Assert.True(role.TitleMatches("Minister"));
        Assert.False(role.TitleMatches("minist"));
        Assert.False(role.TitleMatches(""));
    }

    [Theory]
    [InlineData("Ben Rhodes", "2012-06-15", "USAGOV")]
    [InlineData("Yury Ushakov", "2013-05-24", "RUSGOV")]
    [InlineData("Nikolai Patrushev", "2013-05-22", "RUSGOV")]
    [InlineData("Nikolai Patrushev", "2005-01-01", "RUSCOP")]
    [InlineData("Doug Lute", "2014-01-01", "USAGOV")]
    [InlineData("Sergei Lavrov", "2020-01-01", "RUSGOV")]
    [InlineData("Bashar al-Assad", "2011-01-01", "SYRGOV")]
    [InlineData("Robert Gates", "2008-01-01", "USAGOVMIL")]
    [InlineData("Xi Jinping", "2018-01-01", "CHNGOV")]
    [InlineData("Ashraf Ghani", "2019-01-01", "AFGGOV")]
    [InlineData("Hibatullah Akhundzada", "2018-01-01", "AFGREB")]
    [InlineData("Hibatullah Akhundzada", "2022-01-01", "AFGGOV")]
    [InlineData("Jens Stoltenberg", "2016-01-01", "IGOWSTNAT")]
    [InlineData("Ban Ki-moon", "2012-01-01", "IGOUNO")]
    public void PublicFiguresCarryTheirCodeOnTheDay(string name, string date, string code) =>
        Assert.Equal(code, Single(name).CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Value);
}
