using Dyad.Linking.Sources;

namespace Dyad.Linking.Tests;

/// <summary>The shipped outlet table and how an article's outlet is matched against it.</summary>
public sealed class OutletTableTests
{
    private static readonly OutletTable Outlets = OutletTable.Default;

    [Theory]
    [InlineData("Xinhua")]
    [InlineData("XINHUA NEWS AGENCY")]
    [InlineData("xinhuanet.com")]
    [InlineData("www.xinhuanet.com")]
    [InlineData("english.news.cn")]
    [InlineData("http://www.news.cn/english/2023-01/01/c_1.htm")]
    public void XinhuaIsFoundByAliasNameDomainSubdomainOrUrlInAnyCase(string outlet)
    {
        var xinhua = Outlets.Find(outlet);

        Assert.NotNull(xinhua);
        Assert.Equal("Xinhua News Agency", xinhua.Name);
        Assert.Equal("CHN", xinhua.Country);
        Assert.True(xinhua.IsStateRun);
    }

    [Theory]
    [InlineData("Asharq Al-awsat", "Asharq Al-Awsat", "GBR")]
    [InlineData("RIA Novosti", "RIA Novosti", "RUS")]
    [InlineData("ria.ru", "RIA Novosti", "RUS")]
    [InlineData("PTI", "Press Trust of India", "IND")]
    [InlineData("Guardian", "The Guardian", "GBR")]
    [InlineData("the new york times", "The New York Times", "USA")]
    [InlineData("Süddeutsche Zeitung", "Süddeutsche Zeitung", "DEU")]
    [InlineData("Sueddeutsche Zeitung", "Süddeutsche Zeitung", "DEU")]
    [InlineData("edition.cnn.com", "CNN", "USA")]
    [InlineData("KCNA", "Korean Central News Agency", "PRK")]
    [InlineData("World news - The Guardian", "The Guardian", "GBR")]
    [InlineData("Sports | Reuters", "Reuters", "GBR")]
    public void AnOutletIsPlacedInItsCountryIgnoringCaseAccentsPunctuationAndALeadingThe(string outlet, string name, string country)
    {
        var found = Outlets.Find(outlet);

        Assert.NotNull(found);
        Assert.Equal((name, country), (found.Name, found.Country));
    }

    [Theory]
    [InlineData("TASS", true)]
    [InlineData("IRNA", true)]
    [InlineData("Sputnik", true)]
    [InlineData("KCNA", true)]
    [InlineData("PTI", false)]
    [InlineData("Reuters", false)]
    [InlineData("BBC", false)]
    public void StateMediaAreMarkedAsStateRunAndOthersAreNot(string outlet, bool stateRun) =>
        Assert.Equal(stateRun, Outlets.Find(outlet)!.IsStateRun);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("USPA News")]
    [InlineData("example.com")]
    [InlineData("cn")]
    [InlineData("news.com")]
    [InlineData("Breaking News | Local Stories")]
    public void AnOutletTheTableDoesNotKnowIsNotFound(string? outlet) => Assert.Null(Outlets.Find(outlet));

    [Fact]
    public void TheTableHoldsHundredsOfOutletsEachWithACountryAndADomainOrAlias()
    {
        Assert.InRange(Outlets.Outlets.Length, 300, 2000);
        Assert.All(Outlets.Outlets, o => Assert.Matches("^[A-Z]{3}$", o.Country));
        Assert.All(Outlets.Outlets, o => Assert.DoesNotContain(o.Domains, d => d.StartsWith("www.", StringComparison.Ordinal) || d.Any(char.IsUpper)));
    }

    [Fact]
    public void ANameThatTwoOutletsClaimIsRejectedWithItsLine()
    {
        const string table = "name\taliases\tdomains\tcountry\tkind\townership\n"
            + "The Star\t\tthestar.com\tCAN\tnewspaper\t\n"
            + "Star\t\tthestar.com.my\tMYS\tnewspaper\t\n";

        var error = Assert.Throws<InvalidDataException>(() => OutletTable.Parse(new StringReader(table), "t.tsv"));

        Assert.StartsWith("t.tsv:3: the name 'Star'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithoutAnIso3CountryOrWithAnUnknownOwnershipIsRejected()
    {
        const string header = "name\taliases\tdomains\tcountry\tkind\townership\n";

        Assert.Throws<InvalidDataException>(() => OutletTable.Parse(new StringReader(header + "X\t\tx.com\tRussia\tagency\t\n"), "t"));
        Assert.Throws<InvalidDataException>(() => OutletTable.Parse(new StringReader(header + "X\t\tx.com\tRUS\tagency\tgovernment\n"), "t"));
        Assert.Throws<InvalidDataException>(() => OutletTable.Parse(new StringReader(header + "X\t\tx.com\tRUS\tblog\t\n"), "t"));
    }
}
