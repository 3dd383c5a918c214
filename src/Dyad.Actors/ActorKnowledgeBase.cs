using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Dyad.Actors;

/// <summary>The actor knowledge base: countries, organisations, people with date-bounded roles and generic agents, with
/// lookups by name and the resolution of a mention ("Russian President Vladimir Putin", "the Syrian regime") to a CAMEO
/// actor code on a date.</summary>
/// <remarks>
/// <see cref="Default"/> holds the tables shipped inside this assembly (see <c>src/Dyad.Actors/Data/README.md</c>);
/// <see cref="Load"/> and <see cref="LoadDirectory"/> read a user's own tables in the same format. Lookups ignore case
/// (short acronyms such as <c>US</c>, <c>UN</c> and <c>WHO</c> excepted), typographic apostrophes and dashes, Latin
/// diacritics and extra white space. An instance is immutable and safe to share between threads.
/// </remarks>
public sealed class ActorKnowledgeBase
{
    /// <summary>File name of the countries table.</summary>
    public const string CountriesFile = "countries.tsv";

    /// <summary>File name of the organisations table.</summary>
    public const string OrganisationsFile = "organisations.tsv";

    /// <summary>File name of the people table.</summary>
    public const string PeopleFile = "people.tsv";

    /// <summary>File name of the agents table.</summary>
    public const string AgentsFile = "agents.tsv";

    /// <summary>The longest text <see cref="ResolveMention"/> treats as a mention; longer texts resolve to nothing.</summary>
    public const int MaxMentionLength = 400;

    private static readonly Lazy<ActorKnowledgeBase> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameIndex _index;
    private readonly Dictionary<string, Country> _byCode;
    private readonly MentionResolver _resolver;

    private ActorKnowledgeBase(List<Country> countries, List<Organisation> organisations, List<Person> people, List<AgentTerm> agents, TimeSpan readTime)
    {
        var watch = Stopwatch.StartNew();

        // States before territories, so that a demonym or capital shared with a dependency ("American", "French")
        // names the state first.
        countries.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Iso3, b.Iso3));
        Countries = countries.AsReadOnly();
        Organisations = organisations.AsReadOnly();
        People = people.AsReadOnly();
        Agents = agents.AsReadOnly();

        var builder = new NameIndex.Builder();
        _byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        for (var i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            _byCode.TryAdd(c.Code.Value, c);
            _byCode.TryAdd(c.Iso3, c);
            builder.Add(c.Name, new IndexEntry(IndexEntryKind.CountryName, i));
            foreach (var alias in c.Aliases)
            {
                builder.Add(alias, new IndexEntry(IndexEntryKind.CountryName, i));
            }

            foreach (var demonym in c.Demonyms)
            {
                builder.Add(demonym, new IndexEntry(IndexEntryKind.CountryDemonym, i));
            }

            foreach (var capital in c.Capitals)
            {
                builder.Add(capital, new IndexEntry(IndexEntryKind.Capital, i));
            }

            builder.Add(c.Iso3, new IndexEntry(IndexEntryKind.CountryCode, i));
            builder.Add(c.Code.Value, new IndexEntry(IndexEntryKind.CountryCode, i));
        }

        for (var i = 0; i < organisations.Count; i++)
        {
            builder.Add(organisations[i].Name, new IndexEntry(IndexEntryKind.Organisation, i));
            foreach (var alias in organisations[i].Aliases)
            {
                builder.Add(alias, new IndexEntry(IndexEntryKind.Organisation, i));
            }
        }

        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            builder.Add(p.Name, new IndexEntry(IndexEntryKind.PersonName, i));
            foreach (var alias in p.Aliases)
            {
                builder.Add(alias, new IndexEntry(IndexEntryKind.PersonName, i));
            }

            builder.Add(p.Surname, new IndexEntry(IndexEntryKind.PersonSurname, i));

            // "al-Assad" is also "Assad", "el-Sisi" also "Sisi".
            if (StripArticle(p.Surname) is { } bare)
            {
                builder.Add(bare, new IndexEntry(IndexEntryKind.PersonSurname, i));
            }
        }

        for (var i = 0; i < agents.Count; i++)
        {
            builder.Add(agents[i].Term, new IndexEntry(IndexEntryKind.Agent, i));
            if (agents[i].Plural is { } plural)
            {
                builder.Add(plural, new IndexEntry(IndexEntryKind.Agent, i));
            }
        }

        _index = builder.Build();
        _resolver = new MentionResolver(this, _index);
        LoadTime = readTime + watch.Elapsed;
    }

    /// <summary>The knowledge base shipped with Dyad, loaded from the embedded tables on first use.</summary>
    public static ActorKnowledgeBase Default => Embedded.Value;

    /// <summary>Countries and territories, states first.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Organisations, in table order.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>People, in table order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Generic agent terms and titles, in table order.</summary>
    public IReadOnlyList<AgentTerm> Agents { get; }

    /// <summary>How long reading the tables and building the index took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of distinct names in the lookup index.</summary>
    public int NameCount => _index.Count;

    /// <summary>Reads the four tables (see <c>src/Dyad.Actors/Data/README.md</c> for the format).</summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the table and line.</exception>
    public static ActorKnowledgeBase Load(TextReader countries, TextReader organisations, TextReader people, TextReader agents)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(agents);
        var watch = Stopwatch.StartNew();
        var c = ActorTableReader.ReadCountries(countries, CountriesFile);
        var o = ActorTableReader.ReadOrganisations(organisations, OrganisationsFile);
        var p = ActorTableReader.ReadPeople(people, PeopleFile);
        var a = ActorTableReader.ReadAgents(agents, AgentsFile);
        return new ActorKnowledgeBase(c, o, p, a, watch.Elapsed);
    }

    /// <summary>Reads <see cref="CountriesFile"/>, <see cref="OrganisationsFile"/>, <see cref="PeopleFile"/> and
    /// <see cref="AgentsFile"/> from <paramref name="directory"/>; a table the folder lacks is taken from the shipped
    /// ones, so a user can override one table alone.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file and line.</exception>
    public static ActorKnowledgeBase LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Actor tables folder not found: {directory}");
        }

        TextReader Open(string file)
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? new StreamReader(path, Encoding.UTF8) : OpenEmbedded(file);
        }

        var watch = Stopwatch.StartNew();
        List<Country> c;
        List<Organisation> o;
        List<Person> p;
        List<AgentTerm> a;
        using (var reader = Open(CountriesFile))
        {
            c = ActorTableReader.ReadCountries(reader, Path.Combine(directory, CountriesFile));
        }

        using (var reader = Open(OrganisationsFile))
        {
            o = ActorTableReader.ReadOrganisations(reader, Path.Combine(directory, OrganisationsFile));
        }

        using (var reader = Open(PeopleFile))
        {
            p = ActorTableReader.ReadPeople(reader, Path.Combine(directory, PeopleFile));
        }

        using (var reader = Open(AgentsFile))
        {
            a = ActorTableReader.ReadAgents(reader, Path.Combine(directory, AgentsFile));
        }

        return new ActorKnowledgeBase(c, o, p, a, watch.Elapsed);
    }

    /// <summary>The shipped table <paramref name="file"/> (one of the <c>*File</c> constants), as text.</summary>
    /// <exception cref="FileNotFoundException">No such table is embedded.</exception>
    public static TextReader OpenEmbedded(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = "Dyad.Actors.Data." + file;
        var stream = typeof(ActorKnowledgeBase).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"No embedded actor table named {name}.", file);
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>The country named by <paramref name="nameOrDemonymOrCode"/>: a name or alias (<c>Russia</c>,
    /// <c>U.S.</c>, <c>Britain</c>), a demonym or adjective (<c>Russian</c>, <c>Americans</c>), an ISO3 or CAMEO code
    /// in capitals (<c>RUS</c>, <c>KSV</c>); null when none.</summary>
    public Country? FindCountry(ReadOnlySpan<char> nameOrDemonymOrCode)
    {
        Country? demonym = null;
        foreach (var entry in Lookup(nameOrDemonymOrCode))
        {
            if (entry.Kind is IndexEntryKind.CountryName or IndexEntryKind.CountryCode)
            {
                return Countries[entry.Id];
            }

            if (entry.Kind == IndexEntryKind.CountryDemonym)
            {
                demonym ??= Countries[entry.Id];
            }
        }

        return demonym;
    }

    /// <summary>The country whose capital is <paramref name="capital"/> (<c>Moscow</c>, <c>Washington</c>); null when none.</summary>
    public Country? FindCountryByCapital(ReadOnlySpan<char> capital)
    {
        foreach (var entry in Lookup(capital))
        {
            if (entry.Kind == IndexEntryKind.Capital)
            {
                return Countries[entry.Id];
            }
        }

        return null;
    }

    /// <summary>The country a code belongs to: the country with that CAMEO or ISO3 code, else the country of its first
    /// segment (<c>RUSGOV</c> → Russia, <c>USAPRI</c> → Puerto Rico); null for international and regional codes.</summary>
    public Country? CountryOf(ActorCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_byCode.TryGetValue(code.Value, out var exact))
        {
            return exact;
        }

        return code.Country is { } primary && _byCode.TryGetValue(primary, out var country) ? country : null;
    }

    /// <summary>The organisation named by <paramref name="name"/> (<c>NATO</c>, <c>the Kremlin</c>, <c>U.N.</c>); null when none.</summary>
    public Organisation? FindOrganisation(ReadOnlySpan<char> name)
    {
        foreach (var entry in Lookup(name))
        {
            if (entry.Kind == IndexEntryKind.Organisation)
            {
                return Organisations[entry.Id];
            }
        }

        return null;
    }

    /// <summary>The people <paramref name="name"/> names: those whose full name or alias it is; when there are none,
    /// those who go by it as a surname (<c>Putin</c>; <c>Rice</c> gives both Condoleezza and Susan Rice). Empty when none.</summary>
    public IReadOnlyList<Person> FindPeople(ReadOnlySpan<char> name)
    {
        List<Person>? full = null;
        List<Person>? bySurname = null;
        foreach (var entry in Lookup(name))
        {
            if (entry.Kind == IndexEntryKind.PersonName)
            {
                AddOnce(ref full, People[entry.Id]);
            }
            else if (entry.Kind == IndexEntryKind.PersonSurname)
            {
                AddOnce(ref bySurname, People[entry.Id]);
            }
        }

        return full is not null ? [.. full] : bySurname is not null ? [.. bySurname] : [];
    }

    /// <summary>The generic agent <paramref name="word"/> names, singular or plural (<c>rebels</c>, <c>Foreign
    /// Minister</c>, <c>Chief of the General Staff</c>); null when none.</summary>
    public AgentTerm? FindAgent(ReadOnlySpan<char> word)
    {
        foreach (var entry in Lookup(word))
        {
            if (entry.Kind == IndexEntryKind.Agent)
            {
                return Agents[entry.Id];
            }
        }

        return null;
    }

    /// <summary>Resolves a mention of an actor to a CAMEO code on <paramref name="date"/>.</summary>
    /// <remarks>
    /// <para>Handles names ("Vladimir Putin", "Putin"), titles ("Prime Minister Putin", "Deputy National Security
    /// Advisor Ben Rhodes"), a country or organisation with a generic agent ("the Syrian regime", "Russia's Chief of the
    /// General Staff", "U.S. officials", "White House spokesman") and organisations ("NATO", "the Kremlin"). A known
    /// person takes the code of the role held on the date; with no date, the role named by the title in the text, else
    /// the most recent role (<see cref="ActorResolution.IsDated"/> is then false). A title with a country gives the code
    /// even for a person the knowledge base does not know.</para>
    /// <para>Returns null when nothing in the mention identifies an actor (empty text, "officials" alone, an
    /// ambiguous surname that neither date nor title decides) or when the text is longer than
    /// <see cref="MaxMentionLength"/> characters, which no mention is.</para>
    /// </remarks>
    public ActorResolution? ResolveMention(string text, DateOnly? date = null) => _resolver.Resolve(text, date);

    internal IndexEntry[] Lookup(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        var length = name.Length > NameKey.MaxLength * 2 ? -1 : NameKey.Write(name, buffer);
        if (length <= 0)
        {
            return [];
        }

        var (exact, caseless) = _index.Find(buffer[..length]);
        if (exact.Length == 0)
        {
            return caseless;
        }

        return caseless.Length == 0 ? exact : [.. exact, .. caseless];
    }

    private static void AddOnce(ref List<Person>? list, Person person)
    {
        list ??= [];
        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }

    private static string? StripArticle(string surname)
    {
        foreach (var article in (ReadOnlySpan<string>)["al-", "el-", "Al-", "El-"])
        {
            if (surname.StartsWith(article, StringComparison.Ordinal) && surname.Length > article.Length + 1)
            {
                return surname[article.Length..];
            }
        }

        return null;
    }

    private static ActorKnowledgeBase LoadEmbedded()
    {
        using var countries = OpenEmbedded(CountriesFile);
        using var organisations = OpenEmbedded(OrganisationsFile);
        using var people = OpenEmbedded(PeopleFile);
        using var agents = OpenEmbedded(AgentsFile);
        return Load(countries, organisations, people, agents);
    }
}
