using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>One summit of heads of state or government (a row of <c>Data/summits.tsv</c>).</summary>
/// <param name="Series">The meeting series: <c>G8</c>, <c>G7</c>, <c>G20</c>, <c>NATO</c>, <c>BRICS</c>, <c>SCO</c>, <c>APEC</c>.</param>
/// <param name="Names">The ways texts name the series ("G8", "G-8", "Group of Eight").</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (the same as <paramref name="Start"/> for a one-day summit).</param>
/// <param name="Place">Where it was held, as usually reported ("Lough Erne", "Los Cabos").</param>
/// <param name="PlaceAliases">Other names of the place ("Enniskillen", "Saint Petersburg").</param>
/// <param name="Country">The host country, ISO 3166-1 alpha-3.</param>
public sealed record Summit(string Series, ImmutableArray<string> Names, DateOnly Start, DateOnly End, string Place, ImmutableArray<string> PlaceAliases, string Country)
{
    /// <summary>Whether <paramref name="name"/> is the place or one of its aliases (ignoring case).</summary>
    public bool IsHeldAt(ReadOnlySpan<char> name) => name.Equals(Place, StringComparison.OrdinalIgnoreCase) || AnyIs(PlaceAliases, name);

    /// <summary>Whether <paramref name="name"/> names this summit's series ("G-8", "Group of Eight"; ignoring case).</summary>
    public bool IsOfSeries(ReadOnlySpan<char> name) => AnyIs(Names, name);

    private static bool AnyIs(ImmutableArray<string> names, ReadOnlySpan<char> name)
    {
        foreach (var known in names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
