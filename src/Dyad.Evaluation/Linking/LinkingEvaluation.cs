using System.Globalization;
using System.Text;
using Dyad.Linking;

namespace Dyad.Evaluation.Linking;

/// <summary>
/// Measures what linking did to a corpus: mentions before, events after, how many events gather several mentions,
/// articles and outlets, against a Phoenix-style baseline (one record per day, source, target and code); and draws a
/// seeded sample of merges and of non-merges for a person to check by hand.
/// </summary>
/// <remarks>
/// <para><b>Merges</b>: events with more than one mention; in each, a pair of its mentions from two articles when the
/// event has two (a pair inside one article is the easier call).</para>
/// <para><b>Non-merges</b>: pairs of events of one block (<see cref="EventLinker.BlockOf"/>: same code family and actor
/// pair, the only pairs the linker compares) first reported at most <see cref="NearDays"/> days apart, with a mention
/// of each from that block. These are the hard cases: same actors, same kind of act, same weeks.</para>
/// <para>Every candidate pair gets a rank from a seeded hash of its two mention ids; each event (or pair of events)
/// offers its best-ranked pair and the best-ranked are drawn. The draw is uniform over events and event pairs, and
/// stable: a pair whose events a change leaves alone keeps its rank, so its verdict keeps counting.</para>
/// <para>A verdicts file (tab-separated: pair key, <c>yes</c> or <c>no</c>, a note) turns the sample into precision:
/// a merge is right when the two mentions report the same real-world event; a non-merge is right when they do not.
/// The key names both mention ids, so a verdict never silently moves to another pair when the pipeline changes.</para>
/// </remarks>
public static class LinkingEvaluation
{
    /// <summary>Non-merge pairs are drawn among events of one block first reported at most this many days apart.</summary>
    public const int NearDays = 14;

    /// <summary>Measures <paramref name="events"/> (linked from <paramref name="mentions"/>) and draws the samples.</summary>
    /// <param name="mentions">All mentions.</param>
    /// <param name="events">The events they were linked into.</param>
    /// <param name="pairs">How many merges and how many non-merges to draw.</param>
    /// <param name="seed">The seed of the draw.</param>
    public static LinkingReport Run(IReadOnlyList<LinkMention> mentions, IReadOnlyList<LinkedEvent> events, int pairs, int seed)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(pairs);

        var articles = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phoenix = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            articles.Add(m.ArticleId);
            outlets.Add(m.Outlet ?? "?");
            var day = m.Date.Granularity == DateGranularity.Day ? m.Date.Start : m.Published;
            phoenix.Add(string.Join('|', day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", m.Source?.Code ?? "-", m.Target?.Code ?? "-", m.Code));
        }

        var sizes = new SortedDictionary<int, int>();
        int multiMention = 0, multiArticle = 0, multiOutlet = 0, linkedMentions = 0;
        foreach (var e in events)
        {
            sizes[e.MentionCount] = sizes.GetValueOrDefault(e.MentionCount) + 1;
            if (e.MentionCount > 1)
            {
                multiMention++;
                linkedMentions += e.MentionCount;
            }

            multiArticle += e.ArticleCount > 1 ? 1 : 0;
            multiOutlet += e.OutletCount > 1 ? 1 : 0;
        }

        var merges = DrawMerges(events, pairs, seed);
        var (nonMerges, candidates) = DrawNonMerges(events, pairs, seed);
        var largest = events.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal).Take(10).ToList();
        return new LinkingReport(
            articles.Count, outlets.Count, mentions.Count, events.Count, phoenix.Count, multiMention, linkedMentions,
            multiArticle, multiOutlet, sizes, largest, merges, nonMerges, candidates, seed);
    }

    // Draws are by seeded hashes, not by shuffling a list: a pair's rank depends only on its two mention ids, so a
    // change to the pipeline that leaves an event alone leaves its sampled pair (and the verdict on it) in place.
    private static List<LinkingPair> DrawMerges(IReadOnlyList<LinkedEvent> events, int count, int seed)
    {
        var ranked = new List<(ulong Rank, LinkingPair Pair)>();
        foreach (var e in events)
        {
            if (e.MentionCount < 2)
            {
                continue;
            }

            var crossArticle = e.ArticleCount > 1;
            (ulong Rank, LinkMention A, LinkMention B)? best = null;
            for (var i = 0; i < e.MentionCount; i++)
            {
                for (var j = i + 1; j < e.MentionCount; j++)
                {
                    var (a, b) = (e.Mentions[i], e.Mentions[j]);
                    if (crossArticle && a.ArticleId == b.ArticleId)
                    {
                        continue;
                    }

                    var rank = Rank(seed, a.Id, b.Id);
                    if (best is null || rank < best.Value.Rank)
                    {
                        best = (rank, a, b);
                    }
                }
            }

            ranked.Add((best!.Value.Rank, Ordered(best.Value.A, best.Value.B, e, e)));
        }

        ranked.Sort((x, y) => x.Rank.CompareTo(y.Rank));
        return [.. ranked.Take(count).Select(r => r.Pair)];
    }

    private static (List<LinkingPair> Drawn, int Candidates) DrawNonMerges(IReadOnlyList<LinkedEvent> events, int count, int seed)
    {
        // An event may span blocks (its mentions' actor keys differ); it stands in each block one of its mentions has.
        var blocks = new SortedDictionary<string, List<(LinkedEvent Event, List<LinkMention> Mentions)>>(StringComparer.Ordinal);
        foreach (var e in events.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var byBlock = new Dictionary<string, List<LinkMention>>(StringComparer.Ordinal);
            foreach (var m in e.Mentions)
            {
                var block = EventLinker.BlockOf(m);
                if (!byBlock.TryGetValue(block, out var list))
                {
                    byBlock[block] = list = [];
                }

                list.Add(m);
            }

            foreach (var (block, list) in byBlock)
            {
                if (!blocks.TryGetValue(block, out var members))
                {
                    blocks[block] = members = [];
                }

                members.Add((e, list));
            }
        }

        var best = new Dictionary<(string, string), (ulong Rank, LinkingPair Pair)>();
        foreach (var members in blocks.Values)
        {
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (ea, ma) = members[i];
                    var (eb, mb) = members[j];
                    if (!Near(ea, eb))
                    {
                        continue;
                    }

                    foreach (var a in ma)
                    {
                        foreach (var b in mb)
                        {
                            var rank = Rank(seed, a.Id, b.Id);
                            var key = string.CompareOrdinal(ea.Id, eb.Id) < 0 ? (ea.Id, eb.Id) : (eb.Id, ea.Id);
                            if (!best.TryGetValue(key, out var current) || rank < current.Rank)
                            {
                                best[key] = (rank, Ordered(a, b, ea, eb));
                            }
                        }
                    }
                }
            }
        }

        var ranked = best.Values.ToList();
        ranked.Sort((x, y) => x.Rank.CompareTo(y.Rank));
        return ([.. ranked.Take(count).Select(r => r.Pair)], best.Count);
    }

    // A seeded 64-bit FNV-1a hash of the two ids in sorted order.
    private static ulong Rank(int seed, string a, string b)
    {
        if (string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var hash = 14695981039346656037UL ^ (uint)seed;
        foreach (var part in (ReadOnlySpan<string>)[a, " ", b])
        {
            foreach (var ch in part)
            {
                hash = (hash ^ ch) * 1099511628211UL;
            }
        }

        // A final mix, so that ids sharing long prefixes still spread over the whole range.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    private static bool Near(LinkedEvent a, LinkedEvent b) =>
        a.FirstReported is { } x && b.FirstReported is { } y && Math.Abs(x.DayNumber - y.DayNumber) <= NearDays;

    private static LinkingPair Ordered(LinkMention a, LinkMention b, LinkedEvent ea, LinkedEvent eb) =>
        string.CompareOrdinal(a.Id, b.Id) <= 0 ? new LinkingPair(a, b, ea.Id, eb.Id) : new LinkingPair(b, a, eb.Id, ea.Id);

    /// <summary>
    /// Reads a verdicts file: one line per pair, <c>KEY\tyes|no\tnote</c> (the key as <see cref="LinkingPair.Key"/>
    /// prints it); blank lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    public static Dictionary<string, Verdict> ReadVerdicts(string path)
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1] is not ("yes" or "no"))
            {
                throw new FormatException($"{path}:{number}: expected KEY<TAB>yes|no<TAB>note, got '{line}'.");
            }

            verdicts[parts[0]] = new Verdict(parts[1] == "yes", parts.Length > 2 ? parts[2] : string.Empty);
        }

        return verdicts;
    }
}

/// <summary>A person's judgement of one sampled pair.</summary>
/// <param name="SameEvent">Whether the two mentions report one real-world event.</param>
/// <param name="Note">Why.</param>
public sealed record Verdict(bool SameEvent, string Note);

/// <summary>Two sampled mentions and the events the linker put them in (one event for a merge).</summary>
/// <param name="A">The mention with the smaller id.</param>
/// <param name="B">The other.</param>
/// <param name="EventA">The event of <paramref name="A"/>.</param>
/// <param name="EventB">The event of <paramref name="B"/>.</param>
public sealed record LinkingPair(LinkMention A, LinkMention B, string EventA, string EventB)
{
    /// <summary>Whether the linker merged them.</summary>
    public bool Merged => EventA == EventB;

    /// <summary>The key a verdicts file names the pair by: both mention ids.</summary>
    public string Key => A.Id + " " + B.Id;
}

/// <summary>What <see cref="LinkingEvaluation.Run"/> measured and drew.</summary>
/// <param name="Articles">Articles with at least one mention.</param>
/// <param name="Outlets">Distinct outlets among them.</param>
/// <param name="Mentions">Event mentions (the events a system without linking reports).</param>
/// <param name="Events">Events after linking.</param>
/// <param name="PhoenixRecords">Records after Phoenix-style deduplication: one per day (stated, else the article's), source code, target code and CAMEO code.</param>
/// <param name="MultiMentionEvents">Events with more than one mention.</param>
/// <param name="MentionsInMultiMentionEvents">Mentions those events hold.</param>
/// <param name="MultiArticleEvents">Events reported by more than one article.</param>
/// <param name="MultiOutletEvents">Events reported by more than one outlet.</param>
/// <param name="EventsBySize">Events by their number of mentions.</param>
/// <param name="Largest">The ten events with most mentions.</param>
/// <param name="Merges">The sampled merges.</param>
/// <param name="NonMerges">The sampled non-merges.</param>
/// <param name="NonMergeCandidates">All pairs of events of one block first reported at most <see cref="LinkingEvaluation.NearDays"/> days apart.</param>
/// <param name="Seed">The seed of the draw.</param>
public sealed record LinkingReport(
    int Articles,
    int Outlets,
    int Mentions,
    int Events,
    int PhoenixRecords,
    int MultiMentionEvents,
    int MentionsInMultiMentionEvents,
    int MultiArticleEvents,
    int MultiOutletEvents,
    IReadOnlyDictionary<int, int> EventsBySize,
    IReadOnlyList<LinkedEvent> Largest,
    IReadOnlyList<LinkingPair> Merges,
    IReadOnlyList<LinkingPair> NonMerges,
    int NonMergeCandidates,
    int Seed)
{
    /// <summary>
    /// The report as Markdown: counts, the largest events, then every sampled pair with the context
    /// <paramref name="context"/> gives each mention and the verdict found in <paramref name="verdicts"/>, and the
    /// precision of each sample over the pairs that have a verdict.
    /// </summary>
    public string ToMarkdown(Func<LinkMention, string> context, IReadOnlyDictionary<string, Verdict>? verdicts = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"Articles with events: {Articles} from {Outlets} outlet(s). Mentions: {Mentions}.");
        sb.AppendLine();
        sb.AppendLine("| | records |");
        sb.AppendLine("|---|---:|");
        sb.AppendLine(c, $"| without linking (one per mention, as GDELT rows within a 15-minute window or ICEWS) | {Mentions} |");
        sb.AppendLine(c, $"| Phoenix-style (one per day, source, target, code) | {PhoenixRecords} |");
        sb.AppendLine(c, $"| Dyad events after linking | {Events} |");
        sb.AppendLine(c, $"| events with more than one mention | {MultiMentionEvents} (holding {MentionsInMultiMentionEvents} mentions) |");
        sb.AppendLine(c, $"| events reported by more than one article | {MultiArticleEvents} |");
        sb.AppendLine(c, $"| events reported by more than one outlet | {MultiOutletEvents} |");
        sb.AppendLine();
        sb.AppendLine("Events by number of mentions: " + string.Join(", ", EventsBySize.Select(p => string.Create(c, $"{p.Key}: {p.Value}"))));
        sb.AppendLine();
        sb.AppendLine("Largest events:");
        sb.AppendLine();
        sb.AppendLine("| event | code | source | target | date | mentions | articles | outlets |");
        sb.AppendLine("|---|---|---|---|---|---:|---:|---:|");
        foreach (var e in Largest)
        {
            sb.AppendLine(c, $"| {e.Id} | {e.Code} | {Name(e.Source)} | {Name(e.Target)} | {e.Date} | {e.MentionCount} | {e.ArticleCount} | {e.OutletCount} |");
        }

        sb.AppendLine();
        Sample(sb, "Merges", "M", Merges, context, verdicts, Seed, c);
        sb.AppendLine(c, $"Non-merge candidates (pairs of events of one block first reported at most {LinkingEvaluation.NearDays} days apart): {NonMergeCandidates}.");
        sb.AppendLine();
        Sample(sb, "Non-merges", "N", NonMerges, context, verdicts, Seed, c);
        return sb.ToString();
    }

    /// <summary>The precision of a sample over the pairs with a verdict: (right, judged).</summary>
    public static (int Right, int Judged) Precision(IReadOnlyList<LinkingPair> pairs, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(verdicts);
        int right = 0, judged = 0;
        foreach (var p in pairs)
        {
            if (verdicts.TryGetValue(p.Key, out var v))
            {
                judged++;
                right += v.SameEvent == p.Merged ? 1 : 0;
            }
        }

        return (right, judged);
    }

    private static void Sample(
        StringBuilder sb, string title, string prefix, IReadOnlyList<LinkingPair> pairs, Func<LinkMention, string> context,
        IReadOnlyDictionary<string, Verdict>? verdicts, int seed, CultureInfo c)
    {
        sb.AppendLine(c, $"## {title}: {pairs.Count} drawn (seed {seed})");
        sb.AppendLine();
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            var verdict = verdicts is not null && verdicts.TryGetValue(p.Key, out var v)
                ? (v.SameEvent == p.Merged ? "right" : "WRONG") + (v.SameEvent ? " (same event" : " (different events") + (v.Note.Length > 0 ? ": " + v.Note : string.Empty) + ")"
                : "no verdict";
            sb.AppendLine(c, $"### {prefix}{i + 1} `{p.Key}`: {verdict}");
            sb.AppendLine();
            foreach (var (m, e) in (ReadOnlySpan<(LinkMention, string)>)[(p.A, p.EventA), (p.B, p.EventB)])
            {
                sb.AppendLine(c, $"- {e} · {m.Outlet ?? "?"} {m.Published?.ToString("yyyy-MM-dd", c) ?? "undated"} · {m.Code} {Name(m.Source)} → {Name(m.Target)} · {m.Modality.ToString().ToLowerInvariant()} · date {m.Date}{(m.DateIsArticleDate ? " (article's)" : string.Empty)} · place {m.Place?.Name ?? "-"}");
                sb.AppendLine(c, $"  > {context(m)}");
            }

            sb.AppendLine();
        }

        if (verdicts is not null)
        {
            var (right, judged) = Precision(pairs, verdicts);
            sb.AppendLine(c, $"**{title} precision: {right}/{judged}{(judged > 0 ? string.Create(c, $" = {(double)right / judged:0.000}") : string.Empty)}** ({pairs.Count - judged} without a verdict).");
            sb.AppendLine();
        }
    }

    private static string Name(LinkActor? a) => a is null ? "-" : a.Code is null ? a.Name : $"{a.Name} ({a.Code})";
}
