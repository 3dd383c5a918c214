using Dyad.Core;

namespace Dyad.Linking.Dating;

/// <summary>
/// Infers the publication date of an article whose page states none, or states a day without its year ("May 24"),
/// from the summits it speaks of (<see cref="SummitTable"/>): an article that looks ahead to the G20 summit in Mexico
/// "next week" was written in the week before the Los Cabos summit of June 2012; a dateline "May 24" above a preview
/// of the G8 summit at Lough Erne is 24 May 2013. The result is marked inferred and names its evidence.
/// </summary>
/// <remarks>
/// Each clue matches the summits of its series held at its place, or, when none was held there, in its country (the
/// place may be the country itself: "in Mexico"); a clue that matches summits in more than one window says nothing. Windows: ahead, the 13 days before the summit with <c>next week</c>, else the
/// 180 days before it; past, the summit's days to 7 days after with <c>last week</c>, else to 60 days after; tense
/// unknown, 180 days before to 60 after. The windows are combined by <see cref="DateConstraints"/> (with any other
/// clues the caller has): a stated day and month take the one year that puts them inside every window; without a
/// stated day the result is the month (or the year) that holds the whole intersection. Pure and deterministic: the
/// clock is never read.
/// </remarks>
public static class PublicationDateInference
{
    /// <summary>The method name the evidence of an inferred date carries.</summary>
    public const string Method = "summit";

    /// <summary>
    /// The inferred publication date, or null when <paramref name="stated"/> already has a year, no clue matches a
    /// summit, or the clues disagree.
    /// </summary>
    /// <param name="stated">What the page states: nothing, or a day and month without the year.</param>
    /// <param name="clues">The summits the article speaks of.</param>
    /// <param name="table">The summits (default: <see cref="SummitTable.Default"/>).</param>
    public static Attested<PartialDate>? Infer(PartialDate? stated, IReadOnlyList<SummitClue> clues, SummitTable? table = null) =>
        DateConstraints.Resolve(stated, ToDateClues(clues, table));

    /// <summary>
    /// Each clue that matches a summit (in one window) as a <see cref="DateClue"/> allowing that window, for
    /// <see cref="DateConstraints.Resolve"/> to combine with other kinds of clue.
    /// </summary>
    /// <param name="clues">The summits the article speaks of.</param>
    /// <param name="table">The summits (default: <see cref="SummitTable.Default"/>).</param>
    public static IReadOnlyList<DateClue> ToDateClues(IReadOnlyList<SummitClue> clues, SummitTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(clues);
        table ??= SummitTable.Default;
        var result = new List<DateClue>();
        foreach (var clue in clues)
        {
            if (Match(clue, table) is { } m)
            {
                var how = clue.Tense switch { SummitTense.Ahead => "ahead", SummitTense.Past => "past", _ => "near" };
                var reason = $"{Method}: the {m.Summit.Series} summit at {m.Summit.Place} ({m.Summit.Start:yyyy-MM-dd}), spoken of as {how}";
                result.Add(DateClue.Within(new DateRange(m.From, m.To), clue.Span, clue.Text, reason));
            }
        }

        return result;
    }

    /// <summary>The one window of the summits a clue can mean, or null when it matches none or summits far apart.</summary>
    private static (DateOnly From, DateOnly To, Summit Summit)? Match(SummitClue clue, SummitTable table)
    {
        // By the place when a summit of the series was held there; else by the host country ("in Mexico").
        var byPlace = false;
        foreach (var summit in table.Summits)
        {
            byPlace |= clue.Place is { } place && summit.IsOfSeries(clue.Series) && summit.IsHeldAt(place);
        }

        (DateOnly From, DateOnly To, Summit Summit)? found = null;
        foreach (var summit in table.Summits)
        {
            var fits = byPlace
                ? summit.IsHeldAt(clue.Place)
                : clue.Country is { } country && string.Equals(country, summit.Country, StringComparison.Ordinal);
            if (!summit.IsOfSeries(clue.Series) || !fits)
            {
                continue;
            }

            var window = Window(summit, clue);
            if (found is { } earlier && (window.From > earlier.To || window.To < earlier.From))
            {
                return null; // two summits in separate windows: the clue does not say which
            }

            found = found is { } e
                ? (window.From < e.From ? window.From : e.From, window.To > e.To ? window.To : e.To, e.Summit)
                : (window.From, window.To, summit);
        }

        return found;
    }

    private static (DateOnly From, DateOnly To) Window(Summit summit, SummitClue clue) => clue.Tense switch
    {
        SummitTense.Ahead => clue.WithinAWeek ? (summit.Start.AddDays(-13), summit.Start.AddDays(-1)) : (summit.Start.AddDays(-180), summit.Start.AddDays(-1)),
        SummitTense.Past => clue.WithinAWeek ? (summit.Start, summit.End.AddDays(7)) : (summit.Start, summit.End.AddDays(60)),
        _ => (summit.Start.AddDays(-180), summit.End.AddDays(60)),
    };
}
