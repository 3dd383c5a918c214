using Dyad.Testing;

namespace Dyad.Actors.Tests;

/// <summary>The shipped tables hold together: unique keys, valid codes and dates, references that resolve.</summary>
public sealed class DataIntegrityTests
{
    // CAMEO role and sector codes (CAMEO manual, chapter on actor codes; Phoenix.agents.txt) and the sub-unit codes the
    // shipped tables use after an international prefix.
    private static readonly HashSet<string> KnownRoles =
    [
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH",
        "REF", "MOD", "RAD", "AGR", "DEV", "ENV", "HRI", "ELI", "UAF", "SEP", "INS", "REL", "CHR", "MUS", "JEW", "BUD",
        "HIN",
    ];

    private static ActorKnowledgeBase Kb => ActorKnowledgeBase.Default;

    [Fact]
    public void EveryIso3IsUnique()
    {
        var seen = new HashSet<string>();
        foreach (var country in Kb.Countries)
        {
            Assert.True(seen.Add(country.Iso3), $"{country.Iso3} twice");
        }

        Assert.Equal(250, Kb.Countries.Count);
    }

    [Fact]
    public void EveryCountryCodeIsUniqueExceptTerritoriesCodedAsTheirState()
    {
        var states = new Dictionary<string, Country>();
        foreach (var country in Kb.Countries)
        {
            if (country.Kind != CountryKind.Territory && !states.TryAdd(country.Code.Value, country))
            {
                Assert.Fail($"{country.Name} and {states[country.Code.Value].Name} share {country.Code}");
            }
        }

        var territories = new HashSet<string>();
        foreach (var country in Kb.Countries)
        {
            if (country.Kind == CountryKind.Territory && !states.ContainsKey(country.Code.Value))
            {
                Assert.True(territories.Add(country.Code.Value), $"{country.Name}: {country.Code} twice");
            }
        }
    }

    [Fact]
    public void TerritoryCodesStartWithAnExistingState()
    {
        foreach (var country in Kb.Countries)
        {
            if (country.Code.SegmentCount > 1)
            {
                var state = Kb.CountryOf(ActorCode.Parse(country.Code.Primary));
                Assert.True(state is { Kind: CountryKind.State }, $"{country.Name}: {country.Code} does not start with a state's code");
            }
        }
    }

    [Fact]
    public void CameoCountryCodesFollowPhoenixWhereTheyDifferFromIso()
    {
        Assert.Equal("KSV", Kb.FindCountry("Kosovo")!.Code.Value);
        Assert.Equal("TMP", Kb.FindCountry("East Timor")!.Code.Value);
        Assert.Equal("USAPRI", Kb.FindCountry("Puerto Rico")!.Code.Value);
        Assert.Equal("RUS", Kb.FindCountry("Russia")!.Code.Value);
    }

    [Fact]
    public void EveryCountryHasANameAndEveryStateADemonym()
    {
        foreach (var country in Kb.Countries)
        {
            Assert.False(string.IsNullOrWhiteSpace(country.Name));
            if (country.Kind == CountryKind.State && country.Iso3 != "ATG")
            {
                Assert.True(country.Demonyms.Count > 0, $"{country.Name} has no demonym");
            }
        }
    }

    [Fact]
    public void EveryPersonIsListedOnceWithRolesInOrder()
    {
        var names = new HashSet<string>();
        foreach (var person in Kb.People)
        {
            Assert.True(names.Add(person.Name), $"{person.Name} listed twice");
            Assert.NotEmpty(person.Roles);
            Assert.False(string.IsNullOrWhiteSpace(person.Surname), $"{person.Name} has no surname");
            for (var i = 1; i < person.Roles.Count; i++)
            {
                Assert.True(Nullable.Compare(person.Roles[i - 1].From, person.Roles[i].From) <= 0, $"{person.Name}: roles out of order");
            }
        }

        Assert.True(Kb.People.Count >= 400, $"only {Kb.People.Count} people");
    }

    [Fact]
    public void EveryRoleDateRangeIsValid()
    {
        foreach (var person in Kb.People)
        {
            var seen = new HashSet<PersonRole>();
            foreach (var role in person.Roles)
            {
                Assert.True(seen.Add(role), $"{person.Name}: duplicate role {role.Title}");
                Assert.True(role.From is null || role.To is null || role.From <= role.To, $"{person.Name}: {role.Title} ends before it starts");
                Assert.True(role.From is null || role.From.Value.Year >= 1940, $"{person.Name}: {role.Title} starts in {role.From}");
                Assert.True(role.To is null || role.To.Value <= new DateOnly(2026, 12, 31), $"{person.Name}: {role.Title} ends in the future");
            }
        }
    }

    [Fact]
    public void EveryPersonCodeNamesAnExistingCountryAndKnownRoles()
    {
        foreach (var person in Kb.People)
        {
            foreach (var role in person.Roles)
            {
                AssertCodeIsSound(role.Code, $"{person.Name} ({role.Title})");
            }
        }
    }

    [Fact]
    public void EveryOrganisationCodeIsSoundAndItsPeriodsDoNotOverlap()
    {
        var names = new HashSet<string>();
        foreach (var organisation in Kb.Organisations)
        {
            Assert.True(names.Add(organisation.Name), $"{organisation.Name} listed twice");
            Assert.NotEmpty(organisation.Periods);
            for (var i = 0; i < organisation.Periods.Count; i++)
            {
                var period = organisation.Periods[i];
                if (period.Code.IsCountryPrimary)
                {
                    AssertCodeIsSound(period.Code, organisation.Name);
                }

                if (i > 0)
                {
                    Assert.True(organisation.Periods[i - 1].To is { } end && period.From is { } start && end < start,
                        $"{organisation.Name}: periods overlap or are out of order");
                }
            }

            if (organisation.Country is { } iso3)
            {
                Assert.Contains(Kb.Countries, c => c.Iso3 == iso3);
            }
        }
    }

    [Fact]
    public void EveryAgentRoleIsMadeOfKnownRoleCodes()
    {
        foreach (var agent in Kb.Agents)
        {
            for (var i = 0; i < agent.Role.Length; i += 3)
            {
                Assert.Contains(agent.Role.Substring(i, 3), KnownRoles);
            }

            Assert.True(!agent.Term.Any(char.IsUpper) || agent.Term.All(char.IsUpper), $"'{agent.Term}' is neither lower case nor an acronym");
        }
    }

    [Fact]
    public void EveryNameFindsItsOwner()
    {
        foreach (var person in Kb.People)
        {
            Assert.Contains(person, Kb.FindPeople(person.Name));
            foreach (var alias in person.Aliases)
            {
                Assert.Contains(person, Kb.FindPeople(alias));
            }
        }

        foreach (var organisation in Kb.Organisations)
        {
            Assert.Same(organisation, Kb.FindOrganisation(organisation.Name));
            foreach (var alias in organisation.Aliases)
            {
                Assert.True(ReferenceEquals(organisation, Kb.FindOrganisation(alias)), $"'{alias}' finds {Kb.FindOrganisation(alias)?.Name}, not {organisation.Name}");
            }
        }

        foreach (var agent in Kb.Agents)
        {
            Assert.Same(agent, Kb.FindAgent(agent.Term));
            if (agent.Plural is { } plural)
            {
                Assert.Same(agent, Kb.FindAgent(plural));
            }
        }
    }

    [Fact]
    public void CountryNamesFindTheirCountry()
    {
        var clashes = new List<string>();
        foreach (var country in Kb.Countries)
        {
            Assert.Same(country, Kb.FindCountry(country.Name));
            foreach (var alias in country.Aliases)
            {
                if (!ReferenceEquals(country, Kb.FindCountry(alias)))
                {
                    clashes.Add($"{alias} ({country.Iso3} → {Kb.FindCountry(alias)?.Iso3})");
                }
            }
        }

        // world-countries gives a few names to two places (Congo, Virgin Islands); the state keeps the name.
        Assert.True(clashes.Count <= 8, string.Join(", ", clashes));
    }

    [Fact]
    public void EmbeddedTablesCarryAHeaderAndProvenance()
    {
        foreach (var file in new[] { ActorKnowledgeBase.CountriesFile, ActorKnowledgeBase.OrganisationsFile, ActorKnowledgeBase.PeopleFile, ActorKnowledgeBase.AgentsFile })
        {
            using var reader = ActorKnowledgeBase.OpenEmbedded(file);
            var first = reader.ReadLine();
            Assert.StartsWith("# ", first);
            var readme = File.ReadAllText(Path.Combine(Repo.Root, "src", "Dyad.Actors", "Data", "README.md"));
            Assert.Contains(file, readme, StringComparison.Ordinal);
        }
    }

    private static void AssertCodeIsSound(ActorCode code, string owner)
    {
        if (code.IsCountryPrimary)
        {
            Assert.True(Kb.CountryOf(ActorCode.Parse(code.Primary)) is not null, $"{owner}: no country {code.Primary} in {code}");
            for (var i = 1; i < code.SegmentCount; i++)
            {
                var segment = code.Segment(i);
                Assert.True(KnownRoles.Contains(segment) || i == code.SegmentCount - 1, $"{owner}: unknown role {segment} in {code}");
            }
        }
        else
        {
            Assert.True(code.IsInternational || code.SegmentCount >= 2, $"{owner}: {code} is neither a country nor an organisation code");
        }
    }
}
