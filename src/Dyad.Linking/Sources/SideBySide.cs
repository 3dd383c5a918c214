using System.Collections.Immutable;

namespace Dyad.Linking.Sources;

/// <summary>
/// An event's sources side by side (issue 5, item 3): for each mention its outlet, the outlet's country and the side it
/// speaks for; grouped by side, with what each side said and whether the sides disagree.
/// </summary>
/// <remarks>
/// <para>A report's side is its claimant's (or quoted speaker's) country when it has a claimant with a known country,
/// else its outlet's country from the <see cref="OutletTable"/>, else <see cref="Unknown"/>: "A Kremlin summary said
/// ..." in a British paper is RUS; an agency's own report is the agency's country.</para>
/// <para>Sides disagree when a contradiction joins two of them. The contradictions are the linker's own
/// (<see cref="LinkedEvent.Contradictions"/>: a claim against a denial from another side) and, in the store, those
/// <see cref="ArticleContradictions"/> finds across the events of one article; this class adds no rule of its own.
/// A contradiction whose other mention lies in another event brings that mention in as a report
/// (<see cref="SourceReport.InEvent"/> false), so the claim and the denial stand side by side.</para>
/// <para>Pure and deterministic: reports keep the order given, sides are ordered by their number of reports.</para>
/// </remarks>
public static class SideBySide
{
    /// <summary>The side of a report whose claimant's and outlet's countries are both unknown.</summary>
    public const string Unknown = "unknown";

    /// <summary>The sources of a linked event, with its own contradictions, outlets placed by <paramref name="outlets"/>
    /// (the shipped table when null).</summary>
    public static EventSources Of(LinkedEvent linked, OutletTable? outlets = null)
    {
        ArgumentNullException.ThrowIfNull(linked);
        return Of(linked.Mentions, linked.Contradictions, outlets ?? OutletTable.Default);
    }

    /// <summary>The sources of an event.</summary>
    /// <param name="mentions">The event's mentions, in report order.</param>
    /// <param name="contradictions">Its contradictions (the linker's, and those across the events of one article).</param>
    /// <param name="outlets">Places the outlets in countries.</param>
    /// <param name="counterReports">Mentions of other events that <paramref name="contradictions"/> may name; those named
    /// are added as reports outside the event.</param>
    public static EventSources Of(
        IEnumerable<LinkMention> mentions,
        IEnumerable<Contradiction> contradictions,
        OutletTable outlets,
        IEnumerable<LinkMention>? counterReports = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(outlets);
        var pairs = contradictions.ToList();
        var reports = new List<SourceReport>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (index.TryAdd(m.Id, reports.Count))
            {
                reports.Add(Report(m, outlets, inEvent: true));
            }
        }

        if (counterReports is not null)
        {
            var named = new HashSet<string>(pairs.SelectMany(c => (string[])[c.ClaimedMentionId, c.NegatedMentionId]), StringComparer.Ordinal);
            foreach (var m in counterReports)
            {
                if (named.Contains(m.Id) && index.TryAdd(m.Id, reports.Count))
                {
                    reports.Add(Report(m, outlets, inEvent: false));
                }
            }
        }

        var disagreements = ImmutableArray.CreateBuilder<Contradiction>();
        foreach (var c in pairs)
        {
            if (index.TryGetValue(c.ClaimedMentionId, out var claimed) && index.TryGetValue(c.NegatedMentionId, out var negated)
                && !string.Equals(reports[claimed].Side, reports[negated].Side, StringComparison.Ordinal)
                && !disagreements.Contains(c))
            {
                disagreements.Add(c);
                reports[claimed] = reports[claimed] with { Contradicted = true };
                reports[negated] = reports[negated] with { Contradicted = true };
            }
        }

        return new EventSources([.. reports], Summarise(reports), disagreements.ToImmutable());
    }

    /// <summary>A modality as the exports write it: "occurred", "planned", "negated", "hypothetical", "claimed".</summary>
    public static string Name(LinkModality modality) => modality switch
    {
        LinkModality.Occurred => "occurred",
        LinkModality.Planned => "planned",
        LinkModality.Negated => "negated",
        LinkModality.Hypothetical => "hypothetical",
        _ => "claimed",
    };

    private static SourceReport Report(LinkMention m, OutletTable outlets, bool inEvent)
    {
        var known = outlets.Find(m.Outlet);
        var (side, basis) = m.Claimant?.Country is { Length: > 0 } country ? (country.ToUpperInvariant(), SideBasis.Claimant)
            : known is not null ? (known.Country, SideBasis.Outlet)
            : (Unknown, SideBasis.Unknown);
        return new SourceReport(m.Id, m.ArticleId, m.Outlet, known, side, basis, m.Modality, m.Claimant, m.Evidence, inEvent, Contradicted: false);
    }

    private static ImmutableArray<SideSummary> Summarise(List<SourceReport> reports)
    {
        var groups = new List<List<SourceReport>>();
        var bySide = new Dictionary<string, List<SourceReport>>(StringComparer.Ordinal);
        foreach (var r in reports)
        {
            if (!bySide.TryGetValue(r.Side, out var group))
            {
                bySide[r.Side] = group = [];
                groups.Add(group);
            }

            group.Add(r);
        }

        var sides = groups.ConvertAll(group =>
        {
            var modalities = group.Select(r => r.Modality).Distinct().OrderBy(EventLinker.ModalityRank).ToImmutableArray();
            return new SideSummary(
                group[0].Side,
                modalities[0],
                modalities,
                group.Count,
                [.. group.Select(r => r.KnownOutlet?.Name ?? r.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. group.Select(r => r.Claimant?.Name).OfType<string>().Distinct(StringComparer.Ordinal)],
                group.Exists(r => r.Contradicted));
        });
        sides.Sort((a, b) =>
        {
            var c = (a.Side == Unknown).CompareTo(b.Side == Unknown);
            c = c != 0 ? c : b.Reports.CompareTo(a.Reports);
            return c != 0 ? c : string.CompareOrdinal(a.Side, b.Side);
        });
        return [.. sides];
    }
}
