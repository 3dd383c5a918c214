using System.Collections.Immutable;
using System.Globalization;

namespace Dyad.Linking;

/// <summary>
/// The summits Dyad ships (<c>Data/summits.tsv</c>: G7/G8, G20, NATO, BRICS, SCO and APEC, with dates and places),
/// for dating articles that name a summit but give no year (issue 5).
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is read once from the embedded table.</remarks>
public sealed class SummitTable
{
    private static readonly Lazy<SummitTable> Shipped = new(() =>
    {
        using var stream = typeof(SummitTable).Assembly.GetManifestResourceStream("Dyad.Linking.Data.summits.tsv")
            ?? throw new InvalidOperationException("The embedded summits table is missing from Dyad.Linking.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "summits.tsv");
    });

    private SummitTable(ImmutableArray<Summit> summits) => Summits = summits;

    /// <summary>The shipped table.</summary>
    public static SummitTable Default => Shipped.Value;

    /// <summary>Every summit, in date order.</summary>
    public ImmutableArray<Summit> Summits { get; }

    /// <summary>The summits held at <paramref name="place"/> (or one of its aliases), in date order.</summary>
    public ImmutableArray<Summit> HeldAt(string place) => Where(s => s.IsHeldAt(place));

    /// <summary>The summits of the series <paramref name="name"/> names ("G-20", "Group of Eight"), in date order.</summary>
    public ImmutableArray<Summit> OfSeries(string name) => Where(s => s.IsOfSeries(name));

    private ImmutableArray<Summit> Where(Func<Summit, bool> keep)
    {
        var found = ImmutableArray.CreateBuilder<Summit>();
        foreach (var summit in Summits)
        {
            if (keep(summit))
            {
                found.Add(summit);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// Reads a table in the shipped format: tab-separated, <c>#</c> comment lines, a header line, then per row the
    /// series, its names (<c>|</c>-separated), first and last day (<c>YYYY-MM-DD</c>), place, place aliases and ISO3
    /// country.
    /// </summary>
    /// <param name="reader">The table's text.</param>
    /// <param name="source">Names the table in error messages.</param>
    /// <exception cref="InvalidDataException">A row is malformed (the message names the line); rows must be in date order.</exception>
    public static SummitTable Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var summits = ImmutableArray.CreateBuilder<Summit>();
        foreach (var (number, fields) in TableRows.Read(reader, source, 7))
        {
            if (!DateOnly.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !DateOnly.TryParseExact(fields[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end < start)
            {
                throw new InvalidDataException($"{source}:{number}: dates '{fields[2]}' to '{fields[3]}' are not a range of YYYY-MM-DD days.");
            }

            if (fields[0].Length == 0 || fields[4].Length == 0 || fields[6].Length != 3)
            {
                throw new InvalidDataException($"{source}:{number}: a series, a place and an ISO3 country are needed.");
            }

            summits.Add(new Summit(fields[0], TableRows.List(fields[1]), start, end, fields[4], TableRows.List(fields[5]), fields[6]));
        }

        var sorted = summits.ToImmutable();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start < sorted[i - 1].Start && sorted[i].Series == sorted[i - 1].Series)
            {
                throw new InvalidDataException($"{source}: {sorted[i].Series} at {sorted[i].Place} ({sorted[i].Start:yyyy-MM-dd}) comes after a later one of its series.");
            }
        }

        return new SummitTable(sorted.Sort((a, b) => a.Start.CompareTo(b.Start)));
    }
}
