namespace Dyad.Actors;

/// <summary>The code an organisation carries over a period: the Taliban are AFGREB as an insurgency and AFGGOV in power.</summary>
/// <param name="Code">The CAMEO actor code.</param>
/// <param name="From">First day of the period (inclusive), or null when it reaches back indefinitely.</param>
/// <param name="To">Last day of the period (inclusive), or null when it continues.</param>
/// <param name="Kind">What the organisation is in this period: <c>igo</c>, <c>ngo</c>, <c>government</c>,
/// <c>legislature</c>, <c>military</c>, <c>intelligence</c>, <c>police</c>, <c>opposition</c>, <c>armed-group</c>.</param>
/// <param name="CodeSource"><c>phoenix</c> when the Phoenix dictionaries give this code, <c>dyad</c> when Dyad composed
/// it by their conventions.</param>
public sealed record OrganisationPeriod(ActorCode Code, DateOnly? From, DateOnly? To, string Kind, string CodeSource)
{
    /// <summary>True when <paramref name="date"/> falls within the period (both bounds inclusive).</summary>
    public bool Contains(DateOnly date) => (From is null || From.Value <= date) && (To is null || date <= To.Value);
}
