namespace Dyad.Actors;

/// <summary>An organisation news names as an actor: an international organisation, an NGO, a national body (the White
/// House, the Kremlin, the State Duma) or an armed group.</summary>
/// <param name="Name">Canonical name (<c>United Nations</c>).</param>
/// <param name="Aliases">Other names and acronyms (<c>UN</c>, <c>U.N.</c>).</param>
/// <param name="Country">ISO3 of the country the organisation belongs to, or null for international ones.</param>
/// <param name="Periods">The codes it carries, oldest period first; never empty.</param>
public sealed record Organisation(string Name, IReadOnlyList<string> Aliases, string? Country, IReadOnlyList<OrganisationPeriod> Periods)
{
    /// <summary>The period in force on <paramref name="date"/>; with no date, or a date outside every period, the
    /// period nearest in time (the latest when no date is given).</summary>
    public OrganisationPeriod PeriodOn(DateOnly? date)
    {
        var latest = Periods[^1];
        if (date is not { } day)
        {
            return latest;
        }

        OrganisationPeriod? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var period in Periods)
        {
            if (period.Contains(day))
            {
                return period;
            }

            var distance = period.To is { } to && to < day ? day.DayNumber - to.DayNumber
                : period.From is { } from ? from.DayNumber - day.DayNumber : 0;
            if (distance < nearestDistance)
            {
                nearest = period;
                nearestDistance = distance;
            }
        }

        return nearest ?? latest;
    }

    /// <summary>The code in force on <paramref name="date"/> (see <see cref="PeriodOn"/>).</summary>
    public ActorCode CodeOn(DateOnly? date) => PeriodOn(date).Code;

    /// <summary>The kind of organisation in its latest period (<c>igo</c>, <c>government</c>, <c>armed-group</c>...).</summary>
    public string Kind => Periods[^1].Kind;
}
