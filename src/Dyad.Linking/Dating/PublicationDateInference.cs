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
/// unknown, 180 days before to 60 after. A stated day and month take the year that puts them inside the windows of
/// every clue that has one (and no other year may); without a stated day, the windows of all clues are intersected
/// and the result is the month (or the year) that holds the whole intersection. Pure and deterministic: the clock is
/// never read.
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
    public static Attested<PartialDate>? Infer(PartialDate? stated, IReadOnlyList<SummitClue> clues, SummitTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(clues);
        if (stated is { Year: not null })
        {
            return null;
        }

        table ??= SummitTable.Default;
        var windows = new List<(DateOnly From, DateOnly To, SummitClue Clue, Summit Summit)>();
        foreach (var clue in clues)
        {
            var matched = Match(clue, table);
            if (matched is { } m)
            {
                windows.Add((m.From, m.To, clue, m.Summit));
            }
        }

        if (windows.Count == 0)
        {
            return null;
        }

        if (stated is { Month: { } month, Day: { } day })
        {
            return WithStatedDay(month, day, windows);
        }

        var from = DateOnly.MinValue;
        var to = DateOnly.MaxValue;
        foreach (var w in windows)
        {
            from = w.From > from ? w.From : from;
            to = w.To < to ? w.To : to;
        }

        if (from > to)
        {
            return null;
        }

        var first = windows[0];
        if (from.Year == to.Year && from.Month == to.Month)
        {
            return Attest(PartialDate.FromMonth(from.Year, from.Month), first.Clue, first.Summit);
        }

        return from.Year == to.Year ? Attest(PartialDate.FromYear(from.Year), first.Clue, first.Summit) : null;
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

    private static Attested<PartialDate>? WithStatedDay(int month, int day, List<(DateOnly From, DateOnly To, SummitClue Clue, Summit Summit)> windows)
    {
        int? year = null;
        (SummitClue Clue, Summit Summit)? evidence = null;
        foreach (var w in windows)
        {
            for (var y = w.From.Year; y <= w.To.Year; y++)
            {
                if (!PartialDate.TryCreate(y, month, day, out _))
                {
                    continue;
                }

                var date = new DateOnly(y, month, day);
                if (date < w.From || date > w.To)
                {
                    continue;
                }

                if (year is { } other && other != y)
                {
                    return null; // the clues point to different years
                }

                year = y;
                evidence ??= (w.Clue, w.Summit);
            }
        }

        return year is { } found && evidence is { } e ? Attest(PartialDate.FromDay(found, month, day), e.Clue, e.Summit) : null;
    }

    private static Attested<PartialDate> Attest(PartialDate date, SummitClue clue, Summit summit)
    {
        var how = clue.Tense switch { SummitTense.Ahead => "ahead", SummitTense.Past => "past", _ => "near" };
        var method = $"{Method}: the {summit.Series} summit at {summit.Place} ({summit.Start:yyyy-MM-dd}), spoken of as {how}";
        return new Attested<PartialDate>(date, new Evidence(clue.Span, clue.Text, method, Inferred: true));
    }
}
