using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Dyad.Linking.Sources;

/// <summary>
/// The news outlets Dyad ships (<c>Data/outlets.tsv</c>: agencies, broadcasters, newspapers and state media worldwide,
/// with names, short forms, web domains, country and ownership), for placing an article's outlet in a country
/// (issue 5, sources side by side).
/// </summary>
/// <remarks>
/// <see cref="Find"/> matches an article's outlet, as the store gives it (its <c>source</c> metadata, else its URL's
/// host), against the names and aliases ignoring case, accents, punctuation, spaces and a leading "The" ("Asharq
/// Al-awsat", "ria novosti", "The Guardian" as "Guardian"), and against the domains ignoring case and "www.", a
/// subdomain matching its domain ("english.news.cn" is Xinhua's news.cn). Immutable and thread-safe;
/// <see cref="Default"/> is read once from the embedded table.
/// </remarks>
public sealed class OutletTable
{
    private static readonly Lazy<OutletTable> Shipped = new(() =>
    {
        using var stream = typeof(OutletTable).Assembly.GetManifestResourceStream("Dyad.Linking.Data.outlets.tsv")
            ?? throw new InvalidOperationException("The embedded outlets table is missing from Dyad.Linking.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "outlets.tsv");
    });

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " :: "];

    private readonly Dictionary<string, Outlet> _byName;
    private readonly Dictionary<string, Outlet> _byDomain;

    private OutletTable(ImmutableArray<Outlet> outlets, Dictionary<string, Outlet> byName, Dictionary<string, Outlet> byDomain)
    {
        Outlets = outlets;
        _byName = byName;
        _byDomain = byDomain;
    }

    /// <summary>The shipped table.</summary>
    public static OutletTable Default => Shipped.Value;

    /// <summary>An empty table: every outlet is unknown.</summary>
    public static OutletTable Empty { get; } = new([], new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Every outlet, in table order.</summary>
    public ImmutableArray<Outlet> Outlets { get; }

    /// <summary>
    /// The outlet <paramref name="outlet"/> names: a name or alias, a web host or domain ("www.reuters.com",
    /// "uk.reuters.com") or a URL, else a part of a site name split at " | ", " - ", " – ", " — ", " · " or " :: "
    /// ("Xinhua | english.news.cn"); null when the table does not know it.
    /// </summary>
    public Outlet? Find(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return null;
        }

        var text = outlet.Trim();
        if (text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return FindHost(uri.Host);
        }

        if (text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal) && FindHost(text) is { } byHost)
        {
            return byHost;
        }

        if (_byName.TryGetValue(NameKey(text), out var byName))
        {
            return byName;
        }

        // A site name with a section or tagline: "Xinhua | english.news.cn", "World news - The Guardian".
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length < text.Length && Find(part) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private Outlet? FindHost(string host)
    {
        var h = DomainKey(host);
        while (true)
        {
            if (_byDomain.TryGetValue(h, out var found))
            {
                return found;
            }

            var dot = h.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || h.IndexOf('.', dot + 1) < 0)
            {
                return null; // never down to a bare top-level domain
            }

            h = h[(dot + 1)..];
        }
    }

    /// <summary>
    /// Reads a table in the shipped format: tab-separated, <c>#</c> comment lines, a header line, then per row the name,
    /// aliases and domains (each <c>|</c>-separated, may be empty), ISO3 country, kind (agency, broadcaster, newspaper,
    /// magazine, online, official) and ownership (state, public, independent or empty).
    /// </summary>
    /// <param name="reader">The table's text.</param>
    /// <param name="source">Names the table in error messages.</param>
    /// <exception cref="InvalidDataException">A row is malformed, or a name, alias or domain belongs to two outlets (the
    /// message names the line).</exception>
    public static OutletTable Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var outlets = ImmutableArray.CreateBuilder<Outlet>();
        var byName = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var (number, fields) in TableRows.Read(reader, source, 6))
        {
            if (fields[0].Trim().Length == 0 || fields[3].Length != 3 || !IsUpperAscii(fields[3]))
            {
                throw new InvalidDataException($"{source}:{number}: a name and an ISO3 country (three capital letters) are needed.");
            }

            if (!Enum.TryParse<OutletKind>(fields[4], ignoreCase: true, out var kind) || int.TryParse(fields[4], CultureInfo.InvariantCulture, out _))
            {
                throw new InvalidDataException($"{source}:{number}: kind '{fields[4]}' is not one of agency, broadcaster, newspaper, magazine, online, official.");
            }

            var ownership = fields[5] switch
            {
                "" => OutletOwnership.Unknown,
                "state" => OutletOwnership.State,
                "public" => OutletOwnership.Public,
                "independent" => OutletOwnership.Independent,
                _ => throw new InvalidDataException($"{source}:{number}: ownership '{fields[5]}' is not state, public, independent or empty."),
            };

            var outlet = new Outlet(fields[0].Trim(), TableRows.List(fields[1]), [.. TableRows.List(fields[2]).Select(DomainKey)], fields[3], kind, ownership);
            foreach (var name in outlet.Aliases.Prepend(outlet.Name))
            {
                Claim(byName, NameKey(name), outlet, $"{source}:{number}: the name '{name}'");
            }

            foreach (var domain in outlet.Domains)
            {
                Claim(byDomain, domain, outlet, $"{source}:{number}: the domain '{domain}'");
            }

            outlets.Add(outlet);
        }

        return new OutletTable(outlets.ToImmutable(), byName, byDomain);
    }

    /// <summary>
    /// The key a name is matched by: lower case letters and digits only, accents dropped, without a leading "The"
    /// ("The Asahi Shimbun" and "asahi shimbun" are "asahishimbun").
    /// </summary>
    internal static string NameKey(string name)
    {
        var text = name.AsSpan().Trim();
        if (text.Length > 4 && text[..4].Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static string DomainKey(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        return h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : h;
    }

    private static void Claim(Dictionary<string, Outlet> index, string key, Outlet outlet, string what)
    {
        if (key.Length == 0)
        {
            throw new InvalidDataException($"{what} has no letters or digits.");
        }

        if (index.TryGetValue(key, out var other) && !ReferenceEquals(other, outlet))
        {
            throw new InvalidDataException($"{what} is already {other.Name}'s.");
        }

        index[key] = outlet;
    }

    private static bool IsUpperAscii(string s)
    {
        foreach (var c in s)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
