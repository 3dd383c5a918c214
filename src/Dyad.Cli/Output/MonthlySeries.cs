using System.Globalization;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>One month of a cooperation and conflict series.</summary>
/// <param name="Month">The month, <c>YYYY-MM</c>.</param>
/// <param name="Events">Events that took place (occurred, or claimed by one side) that month.</param>
/// <param name="Goldstein">The sum of their Goldstein scores.</param>
/// <param name="QuadClass">Their counts by QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict.</param>
/// <param name="NotOccurred">Planned, negated and hypothetical events dated that month (not in the sums).</param>
internal sealed record MonthlyRow(string Month, int Events, double Goldstein, int[] QuadClass, int NotOccurred);

/// <summary>
/// Monthly cooperation and conflict series of linked events (issue 5): per month, how many events took place, the
/// sum of their Goldstein scores and their counts by QuadClass. Only events that occurred (or that one side claims)
/// are summed, each once however many reports it has; planned, negated and hypothetical ones are counted apart.
/// Events dated to a year only, or undated, cannot be placed in a month and are left out (counted in <c>unplaced</c>).
/// </summary>
internal static class MonthlySeries
{
    /// <summary>The months from the first to the last with an event (empty months included), in order.</summary>
    public static IReadOnlyList<MonthlyRow> Of(IEnumerable<StoredEvent> events, out int unplaced)
    {
        ArgumentNullException.ThrowIfNull(events);
        unplaced = 0;
        var months = new SortedDictionary<string, (int Events, double Goldstein, int[] Quad, int NotOccurred)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Date is not { Length: >= 7 } date || !int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                unplaced++;
                continue;
            }

            var key = date[..7];
            var row = months.TryGetValue(key, out var r) ? r : (Events: 0, Goldstein: 0.0, Quad: new int[4], NotOccurred: 0);
            if (e.Modality is "occurred" or "claimed")
            {
                row.Events++;
                row.Goldstein += e.Goldstein ?? 0;
                if (e.QuadClass is >= 1 and <= 4)
                {
                    row.Quad[e.QuadClass - 1]++;
                }
            }
            else
            {
                row.NotOccurred++;
            }

            months[key] = row;
        }

        var result = new List<MonthlyRow>();
        if (months.Count == 0)
        {
            return result;
        }

        var first = DateOnly.ParseExact(months.Keys.First() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(months.Keys.Last() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            var key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            result.Add(months.TryGetValue(key, out var r)
                ? new MonthlyRow(key, r.Events, r.Goldstein, r.Quad, r.NotOccurred)
                : new MonthlyRow(key, 0, 0, new int[4], 0));
        }

        return result;
    }

    /// <summary>A Markdown-style table of the series.</summary>
    public static string ToTable(IReadOnlyList<MonthlyRow> rows, int unplaced)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append("| Month | Events | Goldstein sum | Verbal coop. | Material coop. | Verbal conflict | Material conflict | Planned, negated, hypothetical |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            text.Append(c, $"| {r.Month} | {r.Events} | {r.Goldstein:0.#} | {r.QuadClass[0]} | {r.QuadClass[1]} | {r.QuadClass[2]} | {r.QuadClass[3]} | {r.NotOccurred} |\n");
        }

        if (unplaced > 0)
        {
            text.Append(c, $"\n{unplaced} events dated to a year only, or undated, are not in the months.\n");
        }

        return text.ToString();
    }
}
