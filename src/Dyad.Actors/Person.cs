namespace Dyad.Actors;

/// <summary>A public figure with date-bounded roles.</summary>
/// <param name="Name">Full name as the table gives it (<c>Vladimir Putin</c>).</param>
/// <param name="Surname">What news calls the person alone (<c>Putin</c>, <c>al-Assad</c>, <c>Xi</c>).</param>
/// <param name="Aliases">Other full names and transliterations (<c>Yuri Ushakov</c> for <c>Yury Ushakov</c>).</param>
/// <param name="Roles">Roles ordered by start date, oldest first; never empty.</param>
public sealed record Person(string Name, string Surname, IReadOnlyList<string> Aliases, IReadOnlyList<PersonRole> Roles)
{
    /// <summary>The role held on <paramref name="date"/>, or null. When roles overlap (a president who also leads the
    /// party) the one that started last wins.</summary>
    public PersonRole? RoleOn(DateOnly date)
    {
        PersonRole? found = null;
        foreach (var role in Roles)
        {
            if (role.Contains(date))
            {
                found = role;
            }
        }

        return found;
    }

    /// <summary>The code the person carried on <paramref name="date"/>, or null when they held no listed role that day.</summary>
    public ActorCode? CodeOn(DateOnly date) => RoleOn(date)?.Code;

    /// <summary>The role that started last.</summary>
    public PersonRole MostRecentRole => Roles[^1];

    /// <summary>The role for <paramref name="date"/>: the role held that day; with no date the most recent role; with a
    /// date outside every role the role nearest in time. <see cref="PersonRoleChoice.OnDate"/> says which.</summary>
    public PersonRoleChoice ChooseRole(DateOnly? date)
    {
        if (date is not { } day)
        {
            return new PersonRoleChoice(MostRecentRole, OnDate: false);
        }

        if (RoleOn(day) is { } held)
        {
            return new PersonRoleChoice(held, OnDate: true);
        }

        var nearest = MostRecentRole;
        var nearestDistance = int.MaxValue;
        foreach (var role in Roles)
        {
            var distance = role.To is { } to && to < day ? day.DayNumber - to.DayNumber
                : role.From is { } from ? from.DayNumber - day.DayNumber : int.MaxValue;
            if (distance < nearestDistance)
            {
                nearest = role;
                nearestDistance = distance;
            }
        }

        return new PersonRoleChoice(nearest, OnDate: false);
    }

    /// <summary>The most recent role whose title matches <paramref name="title"/> (see <see cref="PersonRole.TitleMatches"/>),
    /// preferring one held on <paramref name="date"/> when given; null when no role matches.</summary>
    public PersonRole? RoleWithTitle(ReadOnlySpan<char> title, DateOnly? date)
    {
        PersonRole? found = null;
        foreach (var role in Roles)
        {
            if (role.TitleMatches(title) && (date is null || role.Contains(date.Value) || found is null || !found.Contains(date.Value)))
            {
                found = role;
            }
        }

        return found;
    }
}
