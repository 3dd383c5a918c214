using System.Globalization;
using System.Text;
using Dyad.Core;

namespace Dyad.Linking.Dating;

/// <summary>
/// Combines every clue to an article's publication date (<see cref="DateClue"/>s: summits, fully dated expressions
/// told as past or ahead, role titles valid in some years, events shared with dated articles) into one date, with
/// evidence that names each clue that narrowed it.
/// </summary>
/// <remarks>
/// The clues are intersected: the publication date must lie in one range of every clue. When nothing is left the clues
/// contradict each other and there is no date (never a guess). A stated day and month ("May 24") take the one year
/// that puts them in what is left (no date when two years or none do, or what is left is open-ended). Otherwise the
/// date is the month, else the year, that holds all that is left; never more precise than that, and nothing when
/// what is left is open-ended or spans two years. Pure and deterministic: the clock is never read.
/// </remarks>
public static class DateConstraints
{
    /// <summary>The most years a stated day may be tried in.</summary>
    private const int MaxYears = 200;

    /// <summary>
    /// The publication date the clues allow, or null when <paramref name="stated"/> already has a year, no clue
    /// narrows it enough, or the clues contradict each other.
    /// </summary>
    /// <param name="stated">What the page states: nothing, or a day and month without the year.</param>
    /// <param name="clues">The clues, most telling first (the first clue that narrows the date gives the evidence's span).</param>
    public static Attested<PartialDate>? Resolve(PartialDate? stated, IReadOnlyList<DateClue> clues)
    {
        ArgumentNullException.ThrowIfNull(clues);
        if (stated is { Year: not null })
        {
            return null;
        }

        var allowed = new List<DateRange> { DateRange.Always };
        var used = new List<DateClue>();
        foreach (var clue in clues)
        {
            var narrowed = Intersect(allowed, clue);
            if (narrowed.Count == 0)
            {
                return null; // the clues contradict each other
            }

            if (!narrowed.SequenceEqual(allowed))
            {
                used.Add(clue);
                allowed = narrowed;
            }
        }

        if (used.Count == 0)
        {
            return null;
        }

        var from = allowed[0].From;
        var to = allowed[^1].To;
        PartialDate? date = stated is { Month: { } month, Day: { } day }
            ? StatedDayYear(allowed, month, day) is { } year ? PartialDate.FromDay(year, month, day) : null
            : from == DateOnly.MinValue || to == DateOnly.MaxValue ? null
            : from.Year == to.Year && from.Month == to.Month ? PartialDate.FromMonth(from.Year, from.Month)
            : from.Year == to.Year ? PartialDate.FromYear(from.Year)
            : null;
        return date is { } found ? new Attested<PartialDate>(found, EvidenceOf(used, allowed)) : null;
    }

    /// <summary>The days in <paramref name="allowed"/> that also lie in one of the clue's ranges, sorted and disjoint.</summary>
    private static List<DateRange> Intersect(List<DateRange> allowed, DateClue clue)
    {
        var result = new List<DateRange>();
        foreach (var a in allowed)
        {
            foreach (var r in clue.Ranges)
            {
                var both = a.Intersect(r);
                if (!both.IsEmpty)
                {
                    result.Add(both);
                }
            }
        }

        result.Sort((x, y) => x.From.CompareTo(y.From));
        return result;
    }

    /// <summary>The one year whose <paramref name="month"/>/<paramref name="day"/> lies in <paramref name="allowed"/>, or null.</summary>
    private static int? StatedDayYear(List<DateRange> allowed, int month, int day)
    {
        if (allowed[0].From == DateOnly.MinValue || allowed[^1].To == DateOnly.MaxValue || allowed[^1].To.Year - allowed[0].From.Year > MaxYears)
        {
            return null;
        }

        int? found = null;
        for (var y = allowed[0].From.Year; y <= allowed[^1].To.Year; y++)
        {
            if (!PartialDate.TryCreate(y, month, day, out _))
            {
                continue;
            }

            var date = new DateOnly(y, month, day);
            foreach (var r in allowed)
            {
                if (r.Contains(date))
                {
                    if (found is not null)
                    {
                        return null; // two years fit
                    }

                    found = y;
                    break;
                }
            }
        }

        return found;
    }

    private static Evidence EvidenceOf(List<DateClue> used, List<DateRange> allowed)
    {
        // The span and text of the first clue that narrowed the date; the method names every one of them.
        var first = used[0];
        foreach (var clue in used)
        {
            if (clue.Span is not null)
            {
                first = clue;
                break;
            }
        }

        var method = new StringBuilder();
        foreach (var clue in used)
        {
            method.Append(method.Length == 0 ? string.Empty : "; ").Append(clue.Reason);
        }

        if (used.Count > 1)
        {
            method.Append(CultureInfo.InvariantCulture, $"; together: {string.Join(" or ", allowed)}");
        }

        return new Evidence(first.Span, first.Text, method.ToString(), Inferred: true);
    }
}
