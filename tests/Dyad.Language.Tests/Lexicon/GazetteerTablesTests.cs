using Dyad.Language.Lexicon;

namespace Dyad.Language.Tests.Lexicon;

public sealed class GazetteerTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-gazetteer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(_dir, name), lines);

    [Fact]
    public void DropsSingleWordCitiesAndGivenNamesThatAreOrdinaryWords()
    {
        Write("cities.tsv", "# comment", "Reading\tCity\tGBR", "Bristol\tCity\tGBR", "Reading Hills\tCity\tUSA", "March\tCity\tGBR");
        Write("given-names.tsv", "Will\tGivenName", "Angela\tGivenName");
        Write("countries.tsv", "Chad\tCountry\tTCD");

        var gazetteer = GazetteerTables.Build(_dir, word => word is "Reading" or "Will" or "Chad");

        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("Reading"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("Will"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("March"));
        Assert.Equal(GazetteerClass.City, gazetteer.Lookup("Bristol"));
        Assert.Equal(GazetteerClass.City, gazetteer.Lookup("Reading Hills"));
        Assert.Equal(GazetteerClass.GivenName, gazetteer.Lookup("Angela"));
        Assert.Equal(GazetteerClass.Country, gazetteer.Lookup("Chad"));
    }

    [Fact]
    public void ReadsCountriesBeforeCitiesSoThatACountryKeepsItsOwnCode()
    {
        Write("cities.tsv", "Mexico\tCity\tMEX", "Georgia\tCity\tUSA");
        Write("countries.tsv", "Georgia\tCountry\tGEO");

        var gazetteer = GazetteerTables.Build(_dir);

        Assert.Equal(GazetteerClass.Country | GazetteerClass.City, gazetteer.Lookup("Georgia", out var code));
        Assert.Equal("GEO", code);
    }

    [Fact]
    public void DerivesGivenNamesAndSurnamesFromPersonNames()
    {
        Write("persons.tsv", "Angela Merkel\tPerson\tDEU", "King Juan Carlos\tPerson\tESP", "Elizabeth II\tPerson\tGBR", "Theresa May\tPerson\tGBR");
        Write("titles.tsv", "King\tTitle");

        var gazetteer = GazetteerTables.Build(_dir, word => word == "May");

        Assert.Equal(GazetteerClass.GivenName, gazetteer.Lookup("Angela"));
        Assert.Equal(GazetteerClass.Surname, gazetteer.Lookup("Merkel"));
        Assert.Equal(GazetteerClass.Surname, gazetteer.Lookup("Carlos"));
        Assert.Equal(GazetteerClass.Title, gazetteer.Lookup("King"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("II"));
        Assert.Equal(GazetteerClass.None, gazetteer.Lookup("May"));
        Assert.Equal(GazetteerClass.Person, gazetteer.Lookup("Theresa May"));
    }

    [Fact]
    public void ReportsAnUnknownClassWithFileAndLine()
    {
        Write("regions.tsv", "Europe\tRegion", "Atlantis\tContinent");

        var error = Assert.Throws<InvalidDataException>(() => GazetteerTables.Build(_dir));

        Assert.Contains("regions.tsv:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Continent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsALineWithoutClasses()
    {
        Write("regions.tsv", "Europe");

        Assert.Throws<InvalidDataException>(() => GazetteerTables.Build(_dir));
    }

    [Fact]
    public void AcceptsSeveralClassesInOneColumn()
    {
        Write("regions.tsv", "Luxembourg\tCountry, Capital\tLUX");

        Assert.Equal(GazetteerClass.Country | GazetteerClass.Capital, GazetteerTables.Build(_dir).Lookup("Luxembourg"));
    }

    [Fact]
    public void AGenericSurnameDoesNotAttachToAKnownPlaceOrPeople()
    {
        Write("countries.tsv", "Moscow\tCapital\tRUS", "Russian\tDemonym\tRUS");
        Write("surnames.tsv", "Moscow\tSurname", "Russian\tSurname", "Hudson\tSurname");

        var gazetteer = GazetteerTables.Build(_dir);

        Assert.Equal(GazetteerClass.Capital, gazetteer.Lookup("Moscow"));
        Assert.Equal(GazetteerClass.Demonym, gazetteer.Lookup("Russian"));
        Assert.Equal(GazetteerClass.Surname, gazetteer.Lookup("Hudson"));
    }
}
