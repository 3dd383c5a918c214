using Xunit.Abstractions;

namespace Dyad.Actors.Tests;

public sealed class LoadTests(ITestOutputHelper output)
{
    private const string CountryHeader = "iso3\tcameo\tname\taliases\tdemonyms\tcapitals\tkind\n";
    private const string OrganisationHeader = "name\taliases\tcode\tfrom\tto\tkind\tcountry\tcodesource\n";
    private const string PersonHeader = "person\tsurname\taliases\tcode\ttitle\tfrom\tto\n";
    private const string AgentHeader = "term\tplural\trole\taffiliated\tcodesource\n";

    private static ActorKnowledgeBase Load(string countries = "", string organisations = "", string people = "", string agents = "") =>
        ActorKnowledgeBase.Load(
            new StringReader(CountryHeader + countries),
            new StringReader(OrganisationHeader + organisations),
            new StringReader(PersonHeader + people),
            new StringReader(AgentHeader + agents));

    [Fact]
    public void TheDefaultKnowledgeBaseLoadsQuickly()
    {
        var kb = ActorKnowledgeBase.Default;

        Assert.True(kb.Countries.Count >= 250);
        Assert.True(kb.Organisations.Count >= 100);
        Assert.True(kb.People.Count >= 400);
        Assert.True(kb.Agents.Count >= 150);

        output.WriteLine($"Default knowledge base: {kb.Countries.Count} countries, {kb.Organisations.Count} organisations, " +
            $"{kb.People.Count} people, {kb.Agents.Count} agents, {kb.NameCount} names; loaded in {kb.LoadTime.TotalMilliseconds:F1} ms");

        // The target is 100 ms (measured about 20 ms cold on a quiet machine); the bound leaves room for a busy one.
        Assert.True(kb.LoadTime < TimeSpan.FromSeconds(2), $"{kb.LoadTime.TotalMilliseconds} ms");
    }

    [Fact]
    public void UserTablesLoadFromTextReaders()
    {
        var kb = Load(
            countries: "KNT\tKNT\tKinakuta\t\tKinakutan|Kinakutans\tKinakuta City\tstate\n",
            people: "Mila Example\tExample\tMila Q. Example\tKNTGOV\tPresident of Kinakuta\t2001-02\t2004\n",
            agents: "rebel\trebels\tREB\tno\tdyad\n");

        var person = Assert.Single(kb.FindPeople("Example"));
        Assert.Equal(new DateOnly(2001, 2, 1), person.Roles[0].From);
        Assert.Equal(new DateOnly(2004, 12, 31), person.Roles[0].To);
        Assert.Equal("KNTREB", kb.ResolveMention("Kinakutan rebels", null)?.Code.Value);
        Assert.Equal("KNTGOV", kb.ResolveMention("Mila Q. Example", new DateOnly(2003, 1, 1))?.Code.Value);
    }

    [Theory]
    [InlineData("Mila Example\tExample\t\tKNTGOV\tPresident\t2004\t2001\n", "ends (2001) before it starts (2004)")]
    [InlineData("Mila Example\tExample\t\tKNT-GOV\tPresident\t\t\n", "not a CAMEO actor code")]
    [InlineData("Mila Example\tExample\t\tKNTGOV\tPresident\t2001-13-01\t\n", "is not a date")]
    [InlineData("Mila Example\tExample\t\tKNTGOV\tPresident\n", "expected 7 tab-separated fields")]
    [InlineData("Mila Example\tExample\t\tKNTGOV\t\t\t\n", "title is empty")]
    [InlineData("A B\tB\t\tKNTGOV\tX\t\t\nC D\tD\t\tKNTGOV\tX\t\t\nA B\t\t\tKNTGOV\tY\t\t\n", "appears again")]
    [InlineData("A B\tB\t\tKNTGOV\tX\t2001\t\nA B\t\t\tKNTGOV\tX\t2001\t\n", "duplicate role")]
    public void AMalformedPersonRowIsReportedWithItsLine(string rows, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(people: rows));

        Assert.StartsWith("people.tsv:", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongHeaderIsReported()
    {
        var error = Assert.Throws<InvalidDataException>(() => ActorKnowledgeBase.Load(
            new StringReader("iso\tname\n"), new StringReader(OrganisationHeader), new StringReader(PersonHeader), new StringReader(AgentHeader)));

        Assert.StartsWith("countries.tsv:1: expected the header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentsAndBlankLinesAreSkipped()
    {
        var kb = Load(agents: "# a comment\n\nrebel\trebels\tREB\tno\tdyad\n");

        Assert.Single(kb.Agents);
    }

    [Fact]
    public void AFolderOverridesOnlyTheTablesItHolds()
    {
        var folder = Directory.CreateTempSubdirectory("dyad-actors-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, ActorKnowledgeBase.PeopleFile),
                "# one person\n" + PersonHeader + "Mila Example\tExample\t\tRUSGOV\tMinister of Examples\t2010\t\n");

            var kb = ActorKnowledgeBase.LoadDirectory(folder.FullName);

            Assert.Single(kb.People);
            Assert.Equal(ActorKnowledgeBase.Default.Countries.Count, kb.Countries.Count);
            Assert.Equal("RUSGOV", kb.ResolveMention("Minister Example", null)?.Code.Value);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingFolderIsReportedByName()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => ActorKnowledgeBase.LoadDirectory("/no/such/actor/tables"));

        Assert.Contains("/no/such/actor/tables", error.Message, StringComparison.Ordinal);
    }
}
