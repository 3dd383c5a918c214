namespace Dyad.Actors.Tests;

public sealed class LookupTests
{
    private static ActorKnowledgeBase Kb => ActorKnowledgeBase.Default;

    [Theory]
    [InlineData("Russia", "RUS")]
    [InlineData("russia", "RUS")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("Russian", "RUS")]
    [InlineData("Russians", "RUS")]
    [InlineData("RUS", "RUS")]
    [InlineData("U.S.", "USA")]
    [InlineData("US", "USA")]
    [InlineData("America", "USA")]
    [InlineData("United States of America", "USA")]
    [InlineData("American", "USA")]
    [InlineData("Britain", "GBR")]
    [InlineData("UK", "GBR")]
    [InlineData("British", "GBR")]
    [InlineData("Syrian", "SYR")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("  Germany  ", "DEU")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("KSV", "UNK")]
    public void FindsCountriesByNameDemonymAndCode(string text, string iso3) => Assert.Equal(iso3, Kb.FindCountry(text)?.Iso3);

    [Theory]
    [InlineData("us")]
    [InlineData("rus")]
    [InlineData("Ruritania")]
    [InlineData("")]
    public void FindsNoCountryForCommonWordsAndUnknownNames(string text) => Assert.Null(Kb.FindCountry(text));

    [Fact]
    public void AStatesDemonymWinsOverItsTerritories() => Assert.Equal("USA", Kb.FindCountry("American")?.Iso3);

    [Theory]
    [InlineData("Moscow", "RUS")]
    [InlineData("Washington", "USA")]
    [InlineData("Washington D.C.", "USA")]
    [InlineData("Damascus", "SYR")]
    public void FindsCountriesByCapital(string capital, string iso3) => Assert.Equal(iso3, Kb.FindCountryByCapital(capital)?.Iso3);

    [Theory]
    [InlineData("NATO", "IGOWSTNAT")]
    [InlineData("Nato", "IGOWSTNAT")]
    [InlineData("North Atlantic Treaty Organization", "IGOWSTNAT")]
    [InlineData("UN", "IGOUNO")]
    [InlineData("U.N.", "IGOUNO")]
    [InlineData("UN Security Council", "IGOUNO")]
    [InlineData("UNHCR", "IGOUNOREFHCR")]
    [InlineData("WHO", "IGOUNOHLHWHO")]
    [InlineData("European Union", "IGOEUREEC")]
    [InlineData("G8", "IGOGOE")]
    [InlineData("G-20", "IGOGTW")]
    [InlineData("World Trade Organisation", "IGOBUSWTO")]
    [InlineData("Amnesty International", "NGOHRIAMN")]
    [InlineData("Doctors Without Borders", "NGOHLHMSF")]
    [InlineData("Kremlin", "RUSGOV")]
    [InlineData("White House", "USAGOV")]
    [InlineData("State Department", "USAGOV")]
    [InlineData("Daesh", "IMGMUSISI")]
    [InlineData("al-Qaida", "IMGMUSALQ")]
    [InlineData("Hizbollah", "LBNREB")]
    [InlineData("Free Syrian Army", "SYRREB")]
    [InlineData("Houthis", "YEMREB")]
    public void FindsOrganisationsByNameAndAcronym(string text, string code) => Assert.Equal(code, Kb.FindOrganisation(text)?.CodeOn(null).Value);

    [Theory]
    [InlineData("who")]
    [InlineData("un")]
    [InlineData("is")]
    [InlineData("let")]
    public void ShortAcronymsMatchOnlyInCapitals(string text) => Assert.Null(Kb.FindOrganisation(text));

    [Fact]
    public void ShortMixedCaseAcronymsMatchAsWritten() => Assert.Equal("Lashkar-e-Taiba", Kb.FindOrganisation("LeT")?.Name);

    [Theory]
    [InlineData("Ban Ki moon", "Ban Ki-moon")]
    [InlineData("al Qaeda", "al-Qaeda")]
    [InlineData("G 20", "Group of Twenty")]
    [InlineData("Kramp Karrenbauer", "Annegret Kramp-Karrenbauer")]
    public void HyphensAndSpacesAreOne(string text, string name) =>
        Assert.Equal(name, Kb.FindOrganisation(text)?.Name ?? Kb.FindPeople(text).SingleOrDefault()?.Name);

    [Fact]
    public void FindsAPersonByFullNameAliasAndSurname()
    {
        var byName = Assert.Single(Kb.FindPeople("Yury Ushakov"));
        Assert.Same(byName, Assert.Single(Kb.FindPeople("Yuri Ushakov")));
        Assert.Same(byName, Assert.Single(Kb.FindPeople("Ushakov")));
        Assert.Same(byName, Assert.Single(Kb.FindPeople("yury  ushakov")));
    }

    [Fact]
    public void FoldsDiacriticsAndTypographicApostrophes()
    {
        Assert.Single(Kb.FindPeople("Recep Tayyip Erdogan"));
        Assert.Single(Kb.FindPeople("Erdoğan"));
        Assert.Single(Kb.FindPeople("Binali Yildirim"));
        Assert.Single(Kb.FindPeople("Robert O’Brien"));
    }

    [Fact]
    public void AnArabicSurnameIsFoundWithAndWithoutItsArticle()
    {
        Assert.Contains(Kb.FindPeople("al-Assad"), p => p.Name == "Bashar al-Assad");
        Assert.Contains(Kb.FindPeople("Assad"), p => p.Name == "Bashar al-Assad");
    }

    [Fact]
    public void ASharedSurnameReturnsEveryoneWhoBearsIt()
    {
        var rices = Kb.FindPeople("Rice").Select(p => p.Name).ToList();

        Assert.Contains("Condoleezza Rice", rices);
        Assert.Contains("Susan Rice", rices);
        Assert.True(Kb.FindPeople("Clinton").Count >= 2);
    }

    [Fact]
    public void AFullNameWinsOverSurnames() => Assert.Single(Kb.FindPeople("Hillary Clinton"));

    [Theory]
    [InlineData("rebels", "REB", false)]
    [InlineData("rebel", "REB", false)]
    [InlineData("Officials", "GOV", true)]
    [InlineData("spokesman", "GOV", true)]
    [InlineData("troops", "MIL", false)]
    [InlineData("police", "COP", false)]
    [InlineData("protesters", "OPP", false)]
    [InlineData("lawmakers", "LEG", false)]
    [InlineData("judge", "JUD", false)]
    [InlineData("refugees", "REF", false)]
    [InlineData("civilians", "CVL", false)]
    [InlineData("students", "EDU", false)]
    [InlineData("regime", "GOV", false)]
    [InlineData("Foreign Minister", "GOV", false)]
    [InlineData("Defence Minister", "GOVMIL", false)]
    [InlineData("Chief of the General Staff", "MIL", false)]
    [InlineData("Deputy National Security Advisor", "GOV", false)]
    public void FindsAgentsSingularAndPlural(string word, string role, bool affiliated)
    {
        var agent = Kb.FindAgent(word);

        Assert.NotNull(agent);
        Assert.Equal(role, agent.Role);
        Assert.Equal(affiliated, agent.Affiliated);
    }

    [Fact]
    public void CountryOfMapsCodesBackToIso3()
    {
        Assert.Equal("RUS", Kb.CountryOf(ActorCode.Parse("RUSGOV"))?.Iso3);
        Assert.Equal("PRI", Kb.CountryOf(ActorCode.Parse("USAPRI"))?.Iso3);
        Assert.Equal("TLS", Kb.CountryOf(ActorCode.Parse("TMPGOV"))?.Iso3);
        Assert.Null(Kb.CountryOf(ActorCode.Parse("IGOUNO")));
    }
}
