namespace Dyad.Actors;

/// <summary>One office a person held, with its CAMEO code and dates.</summary>
/// <param name="Code">The CAMEO actor code the person carries in this role (<c>RUSGOV</c>, <c>USAGOVMIL</c>).</param>
/// <param name="Title">The office as news names it (<c>Prime Minister of Russia</c>).</param>
/// <param name="From">First day in office (inclusive), or null when unknown and far back.</param>
/// <param name="To">Last day in office (inclusive), or null while the role continues.</param>
/// <remarks>Where the table gives only a year or a month, <see cref="From"/> is the first day and <see cref="To"/> the
/// last day of that period: the role is known to cover the day, not asserted to start or end on it.</remarks>
public sealed record PersonRole(ActorCode Code, string Title, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the person held this role on <paramref name="date"/> (both bounds inclusive).</summary>
    public bool Contains(DateOnly date) => (From is null || From.Value <= date) && (To is null || date <= To.Value);

    /// <summary>True when the role's title begins with, or else contains, <paramref name="title"/> as whole words,
    /// ignoring case (<c>Prime Minister of Russia</c> matches <c>prime minister</c>).</summary>
    public bool TitleMatches(ReadOnlySpan<char> title)
    {
        title = title.Trim();
        if (title.IsEmpty)
        {
            return false;
        }

        var at = Title.AsSpan().IndexOf(title, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + title.Length;
            var startsWord = at == 0 || !char.IsLetter(Title[at - 1]);
            var endsWord = end == Title.Length || !char.IsLetter(Title[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            var next = Title.AsSpan(at + 1).IndexOf(title, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
