using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dyad.Linking;

/// <summary>Turning groups of linked mentions into <see cref="LinkedEvent"/>s, and finding what a batch changed.</summary>
public sealed partial class EventLinker
{
    // Regroups only the events the batch can have changed: the touched mentions and every member of the events they,
    // or the mentions they linked to, belonged to before. Nothing else is visited, however large its block.
    private (ImmutableArray<LinkedEvent> Changed, ImmutableArray<string> Removed) Collect()
    {
        var candidates = new HashSet<int>(_touched);
        foreach (var id in _affected)
        {
            candidates.UnionWith(_members[id]);
        }

        var byRoot = new Dictionary<int, List<int>>();
        foreach (var x in candidates)
        {
            var root = Resolve(x);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(x);
        }

        var changed = ImmutableArray.CreateBuilder<LinkedEvent>();
        var after = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in byRoot.Values)
        {
            group.Sort((a, b) => FirstReportedFirst(_mentions[a], _mentions[b]));
            var id = EventIdFor(group);
            after.Add(id);
            var same = _members.TryGetValue(id, out var old) && old.Count == group.Count;
            foreach (var x in group)
            {
                same &= string.Equals(_eventIds[x], id, StringComparison.Ordinal);
                _eventIds[x] = id;
            }

            _members[id] = group;
            if (!same)
            {
                changed.Add(Materialize(group, id));
            }
        }

        var removed = new List<string>();
        foreach (var id in _affected)
        {
            if (!after.Contains(id))
            {
                _members.Remove(id);
                removed.Add(id);
            }
        }

        changed.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        removed.Sort(StringComparer.Ordinal);
        return (changed.ToImmutable(), [.. removed]);
    }

    // The block's mentions grouped by the event they resolve to, each group in report order (see FirstReportedFirst).
    private List<List<int>> Groups(int block)
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var x = _blockFirst[block]; x != None; x = _nodes[x].BlockNext)
        {
            var root = Resolve(x);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(x);
        }

        var groups = new List<List<int>>(byRoot.Count);
        foreach (var list in byRoot.Values)
        {
            list.Sort((a, b) => FirstReportedFirst(_mentions[a], _mentions[b]));
            groups.Add(list);
        }

        return groups;
    }

    private string EventIdFor(List<int> sortedGroup) => EventId(_mentions[sortedGroup[0]].Id);

    /// <summary>Report order: earliest publication date first (undated articles last), then mention id (ordinal). The
    /// first mention in it names the event, so later reports joining an event leave its id alone.</summary>
    public static int FirstReportedFirst(LinkMention a, LinkMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byDate = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>The id of the event whose first-reported mention (<see cref="FirstReportedFirst"/>) has id
    /// <paramref name="firstMentionId"/>: "ev-" and the first 16 hex digits of the SHA-256 of its UTF-8 bytes.</summary>
    public static string EventId(string firstMentionId)
    {
        ArgumentNullException.ThrowIfNull(firstMentionId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(firstMentionId), hash);
        return "ev-" + Convert.ToHexStringLower(hash[..8]);
    }

    private LinkedEvent Materialize(List<int> group) => Materialize(group, EventIdFor(group));

    private LinkedEvent Materialize(List<int> group, string id)
    {
        var mentions = ImmutableArray.CreateBuilder<LinkMention>(group.Count);
        foreach (var x in group)
        {
            mentions.Add(_mentions[x]);
        }

        var all = mentions.MoveToImmutable();
        var place = BestPlace(all);
        var representative = Representative(all, place is not null);
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unknownOutlet = false;
        var issues = new SortedSet<string>(StringComparer.Ordinal);
        DateOnly? first = null;
        DateOnly? last = null;
        foreach (var m in all)
        {
            if (articles.Add(m.ArticleId))
            {
                if (m.Outlet is null)
                {
                    unknownOutlet = true;
                }
                else
                {
                    outlets.Add(m.Outlet);
                }
            }

            if (m.Published is DateOnly p)
            {
                first = first is null || p < first ? p : first;
                last = last is null || p > last ? p : last;
            }

            if (!m.Issues.IsDefaultOrEmpty)
            {
                issues.UnionWith(m.Issues);
            }
        }

        var outletCount = outlets.Count + (unknownOutlet ? 1 : 0);
        return new LinkedEvent(
            id,
            representative.Code,
            CameoFamilies.FamilyOf(representative.Code),
            representative.QuadClass,
            representative.Source,
            representative.Target,
            EventModality(all),
            BestDate(all),
            place,
            [.. issues],
            all,
            articles.Count,
            outletCount,
            first,
            last,
            1.0 - Math.Pow(0.5, outletCount),
            Contradictions(all));
    }

    // The mention that speaks for the event: occurred first; then, when the event has a place, not a telephone call
    // (a call has no venue: "our conversation" at a summit is the meeting); then the finest stated date; then the code
    // most of the mentions carry; then coded actors; then the first reported.
    private static LinkMention Representative(ImmutableArray<LinkMention> mentions, bool hasPlace)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            votes[m.Code] = votes.GetValueOrDefault(m.Code) + 1;
        }

        var best = mentions[0];
        foreach (var m in mentions)
        {
            if (Rank(m) < Rank(best))
            {
                best = m;
            }
        }

        return best;

        long Rank(LinkMention m) =>
            (ModalityRank(m.Modality) * 1_000_000L) + (hasPlace && m.Code == "041" ? 100_000L : 0) + (DateRank(m) * 1_000L)
            + ((mentions.Length - votes[m.Code]) * 10L) + (m.Source?.Code is null ? 1 : 0) + (m.Target?.Code is null ? 1 : 0);
    }

    internal static int ModalityRank(LinkModality modality) => modality switch
    {
        LinkModality.Occurred => 0,
        LinkModality.Claimed => 1,
        LinkModality.Planned => 2,
        LinkModality.Hypothetical => 3,
        _ => 4,
    };

    // Stated dates rank by granularity; a date that is only the article's ranks after every stated one.
    private static int DateRank(LinkMention m) => !m.Date.IsKnown ? 6 : m.DateIsArticleDate ? 5 : (int)m.Date.Granularity;

    private static LinkModality EventModality(ImmutableArray<LinkMention> mentions)
    {
        var best = LinkModality.Negated;
        foreach (var m in mentions)
        {
            if (ModalityRank(m.Modality) < ModalityRank(best))
            {
                best = m.Modality;
            }
        }

        return best;
    }

    // The finest stated date; among equally fine ones, those of occurred mentions, then the one most outlets give,
    // then the earliest. With no stated date, the earliest article date of an occurred-like mention.
    private static LinkDate BestDate(ImmutableArray<LinkMention> mentions)
    {
        var votes = new Dictionary<LinkDate, (int Rank, HashSet<string> Outlets)>();
        foreach (var m in mentions)
        {
            if (!m.Date.IsKnown || m.DateIsArticleDate)
            {
                continue;
            }

            var rank = ((int)m.Date.Granularity * 10) + (m.Modality == LinkModality.Occurred ? 0 : 1);
            if (!votes.TryGetValue(m.Date, out var vote))
            {
                vote = (rank, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            }

            votes[m.Date] = (Math.Min(rank, vote.Rank), vote.Outlets);
            vote.Outlets.Add(m.Outlet ?? m.ArticleId);
        }

        if (votes.Count > 0)
        {
            var best = default(LinkDate);
            (int Rank, int Outlets) bestKey = (int.MaxValue, 0);
            foreach (var (date, vote) in votes)
            {
                var better = vote.Rank < bestKey.Rank
                    || (vote.Rank == bestKey.Rank && vote.Outlets.Count > bestKey.Outlets)
                    || (vote.Rank == bestKey.Rank && vote.Outlets.Count == bestKey.Outlets && date.Start < best.Start);
                if (better)
                {
                    best = date;
                    bestKey = (vote.Rank, vote.Outlets.Count);
                }
            }

            return best;
        }

        DateOnly? earliest = null;
        foreach (var m in mentions)
        {
            var day = m.Date.IsKnown ? m.Date.Start : m.Published;
            if (day is DateOnly d && m.Modality is not (LinkModality.Planned or LinkModality.Hypothetical)
                && (earliest is null || d < earliest))
            {
                earliest = d;
            }
        }

        return earliest is DateOnly e ? LinkDate.Day(e) : LinkDate.Unknown;
    }

    // The place most outlets name; ties to a place with a country, then to the smaller name.
    private static LinkPlace? BestPlace(ImmutableArray<LinkMention> mentions)
    {
        var votes = new Dictionary<string, (LinkPlace Place, HashSet<string> Outlets)>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Place is not { } place)
            {
                continue;
            }

            if (!votes.TryGetValue(place.Name, out var vote))
            {
                votes[place.Name] = vote = (place, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            }
            else if (vote.Place.Country is null && place.Country is not null)
            {
                votes[place.Name] = vote = (place, vote.Outlets);
            }

            vote.Outlets.Add(m.Outlet ?? m.ArticleId);
        }

        LinkPlace? best = null;
        var bestOutlets = 0;
        foreach (var (place, outlets) in votes.Values)
        {
            var better = best is null || outlets.Count > bestOutlets
                || (outlets.Count == bestOutlets && (place.Country is not null) && best.Country is null)
                || (outlets.Count == bestOutlets && (place.Country is null) == (best.Country is null)
                    && string.CompareOrdinal(place.Name, best.Name) < 0);
            if (better)
            {
                best = place;
                bestOutlets = outlets.Count;
            }
        }

        return best;
    }

    // A claim (or a report that it happened, or an announcement on someone's word) against a denial from another side:
    // the side of a mention is its claimant's country (else code), or, without a claimant, its outlet. One pair per
    // pair of sides, claims before reports, each in report order: an event covered by two hundred reports and denied
    // by twenty lists what each side said against each other side, not four thousand pairs.
    private static ImmutableArray<Contradiction> Contradictions(ImmutableArray<LinkMention> mentions)
    {
        List<(LinkMention Mention, string Side)>? denials = null;
        foreach (var m in mentions)
        {
            if (m.Modality == LinkModality.Negated && Side(m) is { } side)
            {
                (denials ??= []).Add((m, side));
            }
        }

        if (denials is null)
        {
            return [];
        }

        ImmutableArray<Contradiction>.Builder? found = null;
        var pairs = new HashSet<(string, string)>();
        foreach (var claimsFirst in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var asserted in mentions)
            {
                var isClaim = asserted.Modality == LinkModality.Claimed;
                var isAsserted = isClaim || asserted.Modality == LinkModality.Occurred
                    || (asserted.Modality == LinkModality.Planned && asserted.Claimant is not null);
                if (!isAsserted || isClaim != claimsFirst || Side(asserted) is not { } claimSide)
                {
                    continue;
                }

                foreach (var (negated, denySide) in denials)
                {
                    if (string.Equals(claimSide, denySide, StringComparison.OrdinalIgnoreCase)
                        || !pairs.Add((claimSide.ToUpperInvariant(), denySide.ToUpperInvariant())))
                    {
                        continue;
                    }

                    found ??= ImmutableArray.CreateBuilder<Contradiction>();
                    found.Add(new Contradiction(
                        asserted.Id,
                        negated.Id,
                        string.Create(CultureInfo.InvariantCulture, $"{Verb(asserted)} by {Who(asserted)} ({claimSide}), negated by {Who(negated)} ({denySide})")));
                }
            }
        }

        return found?.ToImmutable() ?? [];

        static string? Side(LinkMention m) =>
            m.Claimant is { } c ? c.Country ?? (c.Code is { Length: >= 3 } code ? code[..3] : c.Name) : m.Outlet;

        static string Who(LinkMention m) => m.Claimant?.Name ?? m.Outlet ?? m.ArticleId;

        static string Verb(LinkMention m) => m.Modality switch
        {
            LinkModality.Occurred => "reported as done",
            LinkModality.Planned => "announced",
            _ => "claimed",
        };
    }
}
