namespace Dyad.Language.Lexicon;

/// <summary>
/// Reads the gazetteer's source tables (<c>Lexicon/Data/*.tsv</c>): one entry per line as
/// <c>phrase TAB classes [TAB code [TAB note]]</c>, classes as <see cref="GazetteerClass"/> names separated by commas,
/// <c>#</c> starting a comment line.
/// </summary>
/// <remarks>
/// Tables are read in a fixed order (countries first, generated lists of cities and given names last) so that when a
/// phrase occurs in several tables the code of the most specific fact (a country's own ISO code) wins. Single-word
/// entries that are only cities, given names or surnames are dropped when <c>isOrdinaryWord</c> says the word is an
/// ordinary English word (<c>Of</c>, <c>Police</c>, <c>Mobile</c>, <c>Reading</c> are towns too).
/// </remarks>
public static class GazetteerTables
{
    /// <summary>Classes whose single-word entries are dropped when they are ordinary words.</summary>
    public const GazetteerClass Filterable = GazetteerClass.City | GazetteerClass.GivenName | GazetteerClass.Surname;

    /// <summary>Month and weekday names and their abbreviations: in news text they are dates, not cities or given
    /// names (March, Sunday, August, May, Jan, Mon).</summary>
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    private static readonly string[] Order =
    [
        "countries.tsv", "country-aliases.tsv", "peoples.tsv", "regions.tsv", "international-organisations.tsv",
        "organisations.tsv", "persons.tsv", "titles.tsv", "cities.tsv", "given-names.tsv", "surnames.tsv",
    ];

    /// <summary>The table files of <paramref name="directory"/> in reading order.</summary>
    public static IReadOnlyList<string> Files(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Gazetteer tables folder not found: {directory}");
        }

        var files = Directory.GetFiles(directory, "*.tsv");
        Array.Sort(files, (a, b) =>
        {
            var ra = Rank(Path.GetFileName(a));
            var rb = Rank(Path.GetFileName(b));
            return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
        });
        return files;
    }

    /// <summary>Builds a gazetteer from every table in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder of <c>*.tsv</c> tables.</param>
    /// <param name="isOrdinaryWord">Decides whether a single word is an ordinary English word; <see langword="null"/>
    /// keeps every entry.</param>
    /// <param name="log">Receives one line per table (entries read, dropped).</param>
    /// <exception cref="InvalidDataException">A line has no phrase or an unknown class (the message names file and line).</exception>
    public static Gazetteer Build(string directory, Func<string, bool>? isOrdinaryWord = null, Action<string>? log = null)
    {
        var builder = new GazetteerBuilder();
        foreach (var file in Files(directory))
        {
            var (read, dropped) = Read(file, builder, isOrdinaryWord);
            log?.Invoke($"{Path.GetFileName(file)}: {read:N0} entries, {dropped:N0} dropped (ordinary words, calendar words, surnames of known places)");
        }

        var (given, surnames) = AddNameParts(builder, isOrdinaryWord);
        log?.Invoke($"from person names: {given:N0} given names, {surnames:N0} surnames");
        return builder.Build();
    }

    /// <summary>Adds the entries of one table to <paramref name="builder"/>.</summary>
    /// <returns>Entries added and entries dropped as ordinary words.</returns>
    public static (int Added, int Dropped) Read(string path, GazetteerBuilder builder, Func<string, bool>? isOrdinaryWord = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(builder);
        var added = 0;
        var dropped = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'phrase TAB classes'.");
            }

            var classes = ParseClasses(columns[1], path, lineNumber);
            var code = columns.Length > 2 ? columns[2].Trim() : null;
            var phrase = builder.ToPhrase(columns[0].Trim());
            if (phrase is null)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: the phrase holds no word.");
            }

            if ((classes & ~Filterable) == 0 && !phrase.Contains(' ', StringComparison.Ordinal)
                && (CalendarWords.Contains(phrase) || (isOrdinaryWord?.Invoke(phrase) ?? false)))
            {
                dropped++;
                continue;
            }

            // Generic surname lists mix in place and people words (Moscow, Russian): a bare surname entry does not
            // attach to a phrase that an earlier table already gave another class.
            if (classes == GazetteerClass.Surname
                && (builder.ClassesOf(phrase) & ~(GazetteerClass.Surname | GazetteerClass.GivenName)) != 0)
            {
                dropped++;
                continue;
            }

            builder.Add(new GazetteerEntry(phrase, classes, code));
            added++;
        }

        return (added, dropped);
    }

    /// <summary>
    /// Adds the first word of every multi-word <see cref="GazetteerClass.Person"/> entry as a
    /// <see cref="GazetteerClass.GivenName"/> (unless it is a title: King, Pope, Sheikh) and its last word as a
    /// <see cref="GazetteerClass.Surname"/> (unless it is a generation or regnal suffix: Jr., II, XVI), both subject
    /// to the ordinary-word filter (<c>May</c>, <c>Major</c>, <c>Rice</c> are dropped).
    /// </summary>
    /// <returns>The given names and surnames added.</returns>
    public static (int GivenNames, int Surnames) AddNameParts(GazetteerBuilder builder, Func<string, bool>? isOrdinaryWord = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var people = builder.Entries.Where(e => (e.Classes & GazetteerClass.Person) != 0).ToList();
        var given = new SortedSet<string>(StringComparer.Ordinal);
        var surnames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in people)
        {
            var first = entry.Phrase.IndexOf(' ', StringComparison.Ordinal);
            if (first < 0)
            {
                continue;
            }

            var head = entry.Phrase[..first];
            var tail = entry.Phrase[(entry.Phrase.LastIndexOf(' ') + 1)..];
            if (IsNamePart(head) && (builder.ClassesOf(head) & GazetteerClass.Title) == 0 && !CalendarWords.Contains(head)
                && !(isOrdinaryWord?.Invoke(head) ?? false))
            {
                given.Add(head);
            }

            if (IsNamePart(tail) && !IsRegnalNumber(tail) && !CalendarWords.Contains(tail) && !(isOrdinaryWord?.Invoke(tail) ?? false))
            {
                surnames.Add(tail);
            }
        }

        foreach (var name in given)
        {
            builder.Add(new GazetteerEntry(name, GazetteerClass.GivenName));
        }

        foreach (var name in surnames)
        {
            builder.Add(new GazetteerEntry(name, GazetteerClass.Surname));
        }

        return (given.Count, surnames.Count);
    }

    /// <summary>A capitalised word without a final period (not an initial or an abbreviation such as Jr.).</summary>
    private static bool IsNamePart(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word[^1] != '.' && word.Any(char.IsLower);

    private static bool IsRegnalNumber(string word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }

        return true;
    }

    private static GazetteerClass ParseClasses(string text, string path, int line)
    {
        var classes = GazetteerClass.None;
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (!Enum.TryParse<GazetteerClass>(name, ignoreCase: false, out var one) || one == GazetteerClass.None
                || !Enum.IsDefined(one) || char.IsAsciiDigit(name[0]))
            {
                throw new InvalidDataException($"{path}:{line}: unknown gazetteer class '{name}'.");
            }

            classes |= one;
        }

        return classes;
    }

    private static int Rank(string fileName)
    {
        var i = Array.IndexOf(Order, fileName);
        return i < 0 ? Order.Length : i;
    }
}
