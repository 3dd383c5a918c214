using System.Collections.Immutable;
using System.Globalization;
using Dyad.Actors;
using Dyad.Linking;
using Dyad.Linking.Sources;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>What one linking step did.</summary>
/// <param name="Events">Events in the store afterwards.</param>
/// <param name="LinkedMentions">Mentions linked by this step (new ones, or all on a full relink).</param>
/// <param name="Changed">Events written (new or changed).</param>
/// <param name="Removed">Events deleted (merged away or renamed).</param>
/// <param name="FullRelink">True when the stored links no longer matched the mentions and everything was relinked.</param>
/// <param name="Elapsed">Wall-clock time of the step: reading the store, linking, writing.</param>
public sealed record LinkingSummary(int Events, int LinkedMentions, int Changed, int Removed, bool FullRelink, TimeSpan Elapsed)
{
    /// <summary>The one line <c>dyad run</c> and <c>dyad link</c> print.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"linked {LinkedMentions} mentions: {Events} events ({Changed} new or changed, {Removed} removed{(FullRelink ? ", full relink" : string.Empty)}) in {Elapsed.TotalSeconds:0.00} s");
}

/// <summary>The run's end step: links the stored mentions that no event holds yet into events, incrementally.</summary>
/// <remarks>
/// <para>The linker is rebuilt from the mentions already linked (events are a function of the set of mentions, so this
/// reproduces the stored events), then the unlinked mentions are added and only the resulting
/// <see cref="LinkUpdate"/> is written, in one transaction. A rerun over the same input finds nothing unlinked and
/// writes nothing.</para>
/// <para>When the stored links disagree with the rebuilt linker (mentions replaced, or the linking rules changed),
/// every event is rewritten from the linker instead.</para>
/// </remarks>
public static class EventLinking
{
    /// <summary>Links what is unlinked in <paramref name="store"/>.</summary>
    public static LinkingSummary LinkNew(DyadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var origins = Origins(store);

        var stored = store.ReadEventMentions().ToList();
        var byId = new Dictionary<string, StoredEventMention>(stored.Count, StringComparer.Ordinal);
        foreach (var m in stored)
        {
            byId[m.Id] = m;
        }

        var links = store.ReadEventLinks();
        var kinds = new ActorKinds();
        var old = new List<LinkMention>();
        var fresh = new List<LinkMention>();
        foreach (var m in stored)
        {
            (links.ContainsKey(m.Id) ? old : fresh).Add(ToLinkMention(m, origins, kinds));
        }

        var linker = new EventLinker();
        linker.Add(old);
        var consistent = links.Count == old.Count;
        foreach (var m in old)
        {
            if (!consistent)
            {
                break;
            }

            consistent = string.Equals(linker.EventIdOf(m.Id), links[m.Id], StringComparison.Ordinal);
        }

        var update = linker.Add(fresh);

        // Claims and denials inside one article that ended in different events (one names fewer actors): each of the
        // two events lists the pair. Both mentions come from the same article, so both events change together.
        var across = new Dictionary<string, List<Contradiction>>(StringComparer.Ordinal);
        foreach (var pair in ArticleContradictions.Find([.. old, .. fresh]))
        {
            var claimedEvent = linker.EventIdOf(pair.ClaimedMentionId);
            var negatedEvent = linker.EventIdOf(pair.NegatedMentionId);
            if (claimedEvent is null || negatedEvent is null || claimedEvent == negatedEvent)
            {
                continue; // inside one event the linker lists it already
            }

            foreach (var id in (string[])[claimedEvent, negatedEvent])
            {
                if (!across.TryGetValue(id, out var list))
                {
                    across[id] = list = [];
                }

                list.Add(pair);
            }
        }

        if (!consistent)
        {
            var all = linker.Events();
            store.ApplyEventChanges(all.Select(e => ToStored(e, byId, across)).ToList(), [], replaceAll: true);
            return new LinkingSummary(all.Length, stored.Count, all.Length, 0, FullRelink: true, clock.Elapsed);
        }

        if (update.Changed.Length > 0 || update.Removed.Length > 0)
        {
            store.ApplyEventChanges(update.Changed.Select(e => ToStored(e, byId, across)).ToList(), update.Removed);
        }

        return new LinkingSummary(linker.Events().Length, fresh.Count, update.Changed.Length, update.Removed.Length, FullRelink: false, clock.Elapsed);
    }

    /// <summary>Every stored mention as the linker reads it (its article's outlet and day, its actors' kinds).</summary>
    public static List<LinkMention> ReadMentions(DyadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var origins = Origins(store);
        var kinds = new ActorKinds();
        var mentions = new List<LinkMention>();
        foreach (var m in store.ReadEventMentions())
        {
            mentions.Add(ToLinkMention(m, origins, kinds));
        }

        return mentions;
    }

    private static Dictionary<string, (string? Outlet, DateOnly? Published)> Origins(DyadStore store)
    {
        var origins = new Dictionary<string, (string? Outlet, DateOnly? Published)>(StringComparer.Ordinal);
        foreach (var a in store.ReadArticleOrigins())
        {
            origins[a.Id] = (CanonicalOutlet(OutletOf(a)), PublishedDay(a));
        }

        return origins;
    }

    /// <summary>
    /// The outlet's name in the outlet table when the table knows it ("XIN", "Xinhua" and "news.cn" are all Xinhua News
    /// Agency), else the name as given: outlets are counted by it, so one agency under two names counts once.
    /// </summary>
    public static string? CanonicalOutlet(string? outlet) => OutletTable.Default.Find(outlet)?.Name ?? outlet;

    /// <summary>The outlet of an article: its <c>source</c> metadata, else its URL's host without <c>www.</c>, else null.</summary>
    public static string? OutletOf(ArticleOrigin article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.Source))
        {
            return article.Source.Trim();
        }

        if (article.Url is not null && Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }

        return null;
    }

    internal static DateOnly? PublishedDay(ArticleOrigin a) =>
        a.Published is { Length: 10 } p
        && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    internal static LinkMention ToLinkMention(
        StoredEventMention m, Dictionary<string, (string? Outlet, DateOnly? Published)> origins, ActorKinds kinds)
    {
        origins.TryGetValue(m.ArticleId, out var origin);
        var date = LinkDate.Parse(m.Date, origin.Published);
        if (!date.IsKnown)
        {
            date = LinkDate.Parse(m.DateValue, origin.Published);
        }

        return new LinkMention(
            m.Id, m.ArticleId, origin.Outlet, origin.Published, m.Code, m.QuadClass,
            kinds.Actor(m.Source), kinds.Actor(m.Target),
            Enum.TryParse<LinkModality>(m.Modality, ignoreCase: true, out var modality) ? modality : LinkModality.Occurred,
            kinds.Actor(m.Claimant), date, m.DateSource == "article",
            m.LocationName is null ? null : new LinkPlace(m.LocationName, m.LocationCountry),
            [.. m.Issues], m.Text, m.Sentence);
    }

    private static StoredEvent ToStored(LinkedEvent e, Dictionary<string, StoredEventMention> mentions, Dictionary<string, List<Contradiction>> across)
    {
        StoredEventMention? coded = null;
        StoredActor? claimant = null;
        foreach (var lm in e.Mentions)
        {
            var m = mentions[lm.Id];
            if (coded is null && m.Code == e.Code)
            {
                coded = m;
            }

            if (claimant is null && e.Modality == LinkModality.Claimed && lm.Modality == LinkModality.Claimed && m.Claimant is not null)
            {
                claimant = Flat(m.Claimant);
            }
        }

        return new StoredEvent(
            e.Id, e.Code, coded?.Root ?? e.Root, e.Family, e.QuadClass, coded?.Goldstein, coded?.Plover,
            Actor(e.Source), Actor(e.Target), e.Modality.ToString().ToLowerInvariant(), claimant,
            e.Date.IsKnown ? e.Date.ToString() : null, e.Date.Granularity.ToString().ToLowerInvariant(),
            e.Place?.Name, e.Place?.Country, [.. e.Issues],
            e.MentionCount, e.ArticleCount, e.OutletCount, Day(e.FirstReported), Day(e.LastReported), e.Confidence,
            [.. e.Contradictions.Concat(across.GetValueOrDefault(e.Id) ?? []).Select(c => new StoredContradiction(c.ClaimedMentionId, c.NegatedMentionId, c.Reason))],
            [.. e.Mentions.Select(m => m.Id)]);

        static StoredActor? Actor(LinkActor? a) => a is null ? null : new StoredActor(a.Name, a.Code, a.Country, string.Empty);

        static StoredActor Flat(StoredActor a) => a with { Text = string.Empty };

        static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the knowledge base knows an actor's name as a person or a group (memoised per name).</summary>
    internal sealed class ActorKinds
    {
        private readonly Dictionary<string, ActorKind> _kinds = new(StringComparer.Ordinal);
        private ActorKnowledgeBase? _kb;

        public LinkActor? Actor(StoredActor? a) => a is null ? null : new LinkActor(a.Name, a.Code, a.Country, Kind(a.Name));

        private ActorKind Kind(string name)
        {
            if (_kinds.TryGetValue(name, out var kind))
            {
                return kind;
            }

            _kb ??= ActorKnowledgeBase.Default;
            kind = _kb.FindPeople(name).Count > 0 ? ActorKind.Person
                : _kb.FindCountry(name) is not null || _kb.FindOrganisation(name) is not null ? ActorKind.Group
                : ActorKind.Unknown;
            _kinds[name] = kind;
            return kind;
        }
    }
}
