using System.Collections.Immutable;

namespace Dyad.Linking.Sources;

/// <summary>One news outlet (a row of <c>Data/outlets.tsv</c>).</summary>
/// <param name="Name">Its usual name ("Xinhua News Agency", "The New York Times").</param>
/// <param name="Aliases">Other names and short forms ("Xinhua", "NYT").</param>
/// <param name="Domains">Its web domains; a host matches a domain or any subdomain of it ("english.news.cn").</param>
/// <param name="Country">The country it is based in (its head office), ISO 3166-1 alpha-3.</param>
/// <param name="Kind">Agency, broadcaster, newspaper, magazine, online or official publisher.</param>
/// <param name="Ownership">State, public, independent, or unknown when the table does not say.</param>
public sealed record Outlet(
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Domains,
    string Country,
    OutletKind Kind,
    OutletOwnership Ownership)
{
    /// <summary>Whether it is state media: owned or run by a state or its ruling party.</summary>
    public bool IsStateRun => Ownership == OutletOwnership.State;
}
