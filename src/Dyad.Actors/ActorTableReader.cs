namespace Dyad.Actors;

/// <summary>Reads the knowledge base's tab-separated tables. Lines starting with <c>#</c> are comments; the first other
/// line is the header and must name the expected columns; lists inside a field are separated by <c>|</c>. A malformed
/// row throws <see cref="InvalidDataException"/> naming <c>source:line</c>.</summary>
internal static class ActorTableReader
{
    public static readonly string[] CountryColumns = ["iso3", "cameo", "name", "aliases", "demonyms", "capitals", "kind"];
    public static readonly string[] OrganisationColumns = ["name", "aliases", "code", "from", "to", "kind", "country", "codesource"];
    public static readonly string[] PersonColumns = ["person", "surname", "aliases", "code", "title", "from", "to"];
    public static readonly string[] AgentColumns = ["term", "plural", "role", "affiliated", "codesource"];

    public static List<Country> ReadCountries(TextReader reader, string source)
    {
        var countries = new List<Country>();
        foreach (var (line, f) in Rows(reader, source, CountryColumns))
        {
            var iso3 = f[0];
            if (iso3.Length != 3 || !IsUpperAscii(iso3))
            {
                throw Error(source, line, $"'{iso3}' is not an ISO 3166-1 alpha-3 code");
            }

            var kind = f[6] switch
            {
                "state" => CountryKind.State,
                "state-non-un" => CountryKind.NonMemberState,
                "territory" => CountryKind.Territory,
                _ => throw Error(source, line, $"kind '{f[6]}' is not state, state-non-un or territory"),
            };
            countries.Add(new Country(iso3, Code(f[1], source, line), Required(f[2], "name", source, line), List(f[3]), List(f[4]), List(f[5]), kind));
        }

        return countries;
    }

    public static List<Organisation> ReadOrganisations(TextReader reader, string source)
    {
        var organisations = new List<Organisation>();
        foreach (var group in Groups(Rows(reader, source, OrganisationColumns), source, "an organisation's periods"))
        {
            var periods = new List<OrganisationPeriod>();
            foreach (var (line, f) in group)
            {
                var (from, to) = Bounds(f[3], f[4], source, line);
                if (periods.Count > 0 && (periods[^1].To is not { } end || from is not { } start || start <= end))
                {
                    throw Error(source, line, $"'{f[0]}' has overlapping periods; give them in order, each ending before the next starts");
                }

                periods.Add(new OrganisationPeriod(Code(f[2], source, line), from, to, Required(f[5], "kind", source, line), CodeSource(f[7], source, line)));
            }

            var first = group[0].Fields;
            organisations.Add(new Organisation(first[0], List(first[1]), first[6].Length == 0 ? null : first[6], [.. periods]));
        }

        return organisations;
    }

    public static List<Person> ReadPeople(TextReader reader, string source)
    {
        var people = new List<Person>();
        foreach (var group in Groups(Rows(reader, source, PersonColumns), source, "a person's roles"))
        {
            var roles = new List<PersonRole>();
            foreach (var (line, f) in group)
            {
                var (from, to) = Bounds(f[5], f[6], source, line);
                var role = new PersonRole(Code(f[3], source, line), Required(f[4], "title", source, line), from, to);
                if (roles.Count > 0 && (f[1].Length > 0 || f[2].Length > 0))
                {
                    throw Error(source, line, "surname and aliases belong on a person's first row only");
                }

                if (roles.Contains(role))
                {
                    throw Error(source, line, $"duplicate role for '{f[0]}'");
                }

                roles.Add(role);
            }

            // Ordered by start date (an unknown start first); the table usually is already. The sort is stable.
            IReadOnlyList<PersonRole> ordered = [.. roles.OrderBy(r => r.From)];
            var first = group[0].Fields;
            people.Add(new Person(first[0], first[1].Length > 0 ? first[1] : LastWord(first[0]), List(first[2]), ordered));
        }

        return people;
    }

    public static List<AgentTerm> ReadAgents(TextReader reader, string source)
    {
        var agents = new List<AgentTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in Rows(reader, source, AgentColumns))
        {
            var term = Required(f[0], "term", source, line);
            if (!seen.Add(term))
            {
                throw Error(source, line, $"duplicate term '{term}'");
            }

            var role = f[2];
            if (role.Length == 0 || role.Length % 3 != 0 || !IsUpperAscii(role))
            {
                throw Error(source, line, $"role '{role}' is not one or more three-letter CAMEO role codes");
            }

            var affiliated = f[3] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw Error(source, line, $"affiliated must be yes or no, not '{f[3]}'"),
            };
            agents.Add(new AgentTerm(term, f[1].Length == 0 ? null : f[1], role, affiliated, CodeSource(f[4], source, line)));
        }

        return agents;
    }

    /// <summary>Parses a date bound: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> widened to the first day (for a
    /// start) or the last day (for an end) of that month or year; empty is null.</summary>
    public static bool TryParseBound(string text, bool isEnd, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        // Parsed by hand: DateOnly.TryParseExact brings the culture-aware formatting machinery into a cold start.
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = isEnd ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static (DateOnly? From, DateOnly? To) Bounds(string from, string to, string source, int line)
    {
        if (!TryParseBound(from, isEnd: false, out var start))
        {
            throw Error(source, line, $"'{from}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }

        if (!TryParseBound(to, isEnd: true, out var end))
        {
            throw Error(source, line, $"'{to}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }

        if (start is { } s && end is { } e && e < s)
        {
            throw Error(source, line, $"ends ({to}) before it starts ({from})");
        }

        return (start, end);
    }

    // Consecutive rows with the same first column are one entity; a name that comes back after other rows is an error,
    // so that an entity's rows cannot be split across the file by accident.
    private static IEnumerable<List<(int Line, string[] Fields)>> Groups(IEnumerable<(int Line, string[] Fields)> rows, string source, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<(int Line, string[] Fields)>? group = null;
        foreach (var row in rows)
        {
            var name = Required(row.Fields[0], "the first column", source, row.Line);
            if (group is not null && group[0].Fields[0] == name)
            {
                group.Add(row);
                continue;
            }

            if (group is not null)
            {
                yield return group;
            }

            if (!seen.Add(name))
            {
                throw Error(source, row.Line, $"'{name}' appears again after other rows; keep {what} together");
            }

            group = [row];
        }

        if (group is not null)
        {
            yield return group;
        }
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader, string source, string[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var fields = text.Split('\t');
            if (!headerSeen)
            {
                if (!fields.AsSpan().SequenceEqual(columns))
                {
                    throw Error(source, number, $"expected the header '{string.Join("\\t", columns)}'");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length)
            {
                throw Error(source, number, $"expected {columns.Length} tab-separated fields, found {fields.Length}");
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (number, fields);
        }

        if (!headerSeen)
        {
            throw Error(source, number, "no header line");
        }
    }

    private static ActorCode Code(string text, string source, int line) =>
        ActorCode.TryParse(text, out var code) && text.Length == code.Value.Length && string.Equals(text, code.Value, StringComparison.Ordinal)
            ? code
            : throw Error(source, line, $"'{text}' is not a CAMEO actor code in capitals");

    private static string CodeSource(string text, string source, int line) =>
        text is "phoenix" or "dyad" ? text : throw Error(source, line, $"codesource must be phoenix or dyad, not '{text}'");

    private static string Required(string text, string column, string source, int line) =>
        text.Length > 0 ? text : throw Error(source, line, $"{column} is empty");

    private static string[] List(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static bool IsUpperAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidDataException Error(string source, int line, string message) => new($"{source}:{line}: {message}");
}
