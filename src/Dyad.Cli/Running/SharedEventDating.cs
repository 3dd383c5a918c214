using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Linking;
using Dyad.Linking.Dating;
using Dyad.Quotes;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>
/// The run's step after linking (issue 5, inferred publication dates from shared events): an article still without a
/// day-precise date (none stated, a day without its year, or only an inferred month or year) whose event mentions
/// report an event whose day a dated article of another outlet states gets that event as a clue
/// (<see cref="DateClue.FromSharedEvent"/>: a report was published on the day or within two weeks after, an
/// announcement within two months before), combined with its own text's clues; when that gives a different date the
/// article is analysed again with it and its rows replaced, and the caller links again.
/// </summary>
/// <remarks>
/// <para>A mention counts for an event when the linker put it there, or, for a mention left alone because its article
/// has no date, when it names the event as precisely as nothing else could (same code, same place, both sides of the
/// same countries) and the linker would put it there were the article published around the event's day (a probe over
/// the event's anchor mentions only); a mention that would fit events of different days says nothing.</para>
/// <para>The event's day must be a day stated in the text (not the article's date) of an article whose publication
/// day is stated (not inferred), from another, known outlet. Reruns change nothing: an article whose inferred date is
/// unchanged is left as it is.</para>
/// </remarks>
public static class SharedEventDating
{
    /// <summary>Dates what the shared events date in <paramref name="store"/>; returns how many articles got a new date.</summary>
    public static int Apply(DyadStore store, Dyad.Events.Petrarch.DictionaryEventCoder? dictionaries = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var origins = new Dictionary<string, (string? Outlet, DateOnly? Published)>(StringComparer.Ordinal);
        var outlets = new Dictionary<string, string?>(StringComparer.Ordinal);
        var anyWithoutDay = false;
        foreach (var a in store.ReadArticleOrigins())
        {
            origins[a.Id] = (EventLinking.OutletOf(a), EventLinking.PublishedDay(a));
            outlets[a.Id] = EventLinking.OutletOf(a);
            anyWithoutDay |= a.PublishedPrecision is not "day";
        }

        if (!anyWithoutDay)
        {
            return 0; // the common case, read cheaply: every article has a day
        }

        var stated = new HashSet<string>(StringComparer.Ordinal);
        var undated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in store.ReadArticles())
        {
            if (a.DuplicateOf is not null)
            {
                continue;
            }

            var published = a.Metadata.Published;
            if (published is { Value.Precision: DatePrecision.Day, Evidence.Inferred: false } && published.Value.Year is not null)
            {
                stated.Add(a.Id);
            }
            else if (published is null || published.Value.Year is null || (published.Evidence.Inferred && published.Value.Precision != DatePrecision.Day))
            {
                undated.Add(a.Id);
            }
        }

        if (undated.Count == 0 || stated.Count == 0)
        {
            return 0;
        }

        var mentions = store.ReadEventMentions().ToList();
        var links = store.ReadEventLinks();
        var kinds = new EventLinking.ActorKinds();

        // Anchors: mentions of stated-date articles with a day their text states, by event.
        var anchors = new Dictionary<string, List<(DateOnly Day, StoredEventMention Mention)>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (stated.Contains(m.ArticleId) && m.DateSource is not "article" && outlets.GetValueOrDefault(m.ArticleId) is not null
                && m.Date is { Length: 10 } && DateOnly.TryParseExact(m.Date, "yyyy-MM-dd", out var day) && links.TryGetValue(m.Id, out var eventId))
            {
                if (!anchors.TryGetValue(eventId, out var list))
                {
                    anchors[eventId] = list = [];
                }

                list.Add((day, m));
            }
        }

        var byRoot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (eventId, list) in anchors)
        {
            if (!byRoot.TryGetValue(list[0].Mention.Root, out var ids))
            {
                byRoot[list[0].Mention.Root] = ids = [];
            }

            ids.Add(eventId);
        }

        // Events that hold mentions of more than one article: a mention elsewhere was linked across, not left alone.
        var acrossArticles = new HashSet<string>(StringComparer.Ordinal);
        var firstArticle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (links.TryGetValue(m.Id, out var e) && !firstArticle.TryAdd(e, m.ArticleId) && firstArticle[e] != m.ArticleId)
            {
                acrossArticles.Add(e);
            }
        }

        var clues = new Dictionary<string, List<DateClue>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!undated.Contains(m.ArticleId) || !Enum.TryParse<LinkModality>(m.Modality, ignoreCase: true, out var modality))
            {
                continue;
            }

            var outlet = outlets.GetValueOrDefault(m.ArticleId);
            var days = new HashSet<DateOnly>();
            string? source = null;
            var isLinked = links.TryGetValue(m.Id, out var own) && acrossArticles.Contains(own);
            // Linked across articles: its own event only. Left alone: the anchored events the linker could put it in.
            IEnumerable<string> candidates = isLinked ? [own!] : byRoot.GetValueOrDefault(m.Root) ?? [];
            foreach (var eventId in candidates)
            {
                if (!anchors.TryGetValue(eventId, out var list))
                {
                    continue;
                }

                var others = list.Where(x => !string.Equals(outlets[x.Mention.ArticleId], outlet, StringComparison.Ordinal)).ToList();
                if (others.Count > 0 && (isLinked || (SameEvent(m, others[0].Mention) && Fits(m, modality, others, origins, kinds))))
                {
                    foreach (var x in others)
                    {
                        days.Add(x.Day);
                        source ??= $"{outlets[x.Mention.ArticleId]}, article {x.Mention.ArticleId}";
                    }
                }
            }

            // One day only: a mention that fits events of different days (or an event stated on two days) says nothing.
            if (days.Count == 1 && DateClue.FromSharedEvent(days.First(), modality, new TextSpan(m.Start, m.End), m.Text, source!) is { } clue)
            {
                if (!clues.TryGetValue(m.ArticleId, out var list))
                {
                    clues[m.ArticleId] = list = [];
                }

                list.Add(clue);
            }
        }

        var changed = 0;
        foreach (var (articleId, shared) in clues)
        {
            if (store.LoadDocument(articleId) is not { } document || Redated(document, shared) is not { } dated)
            {
                continue;
            }

            var analysed = ArticleAnalysis.Analyse(dated, dictionaries: dictionaries);
            using var batch = store.BeginBatch();
            batch.SetPublished(dated);
            batch.SetEvents(articleId, analysed.Events);
            batch.SetQuotes(articleId, analysed.Quotes);
            batch.Commit();
            changed++;
        }

        return changed;
    }

    /// <summary>
    /// <paramref name="document"/> with the date its own text's clues and <paramref name="shared"/> give, or null when
    /// they give none or the one it has.
    /// </summary>
    internal static Document? Redated(Document document, IReadOnlyList<DateClue> shared)
    {
        // What the page states: an inferred date replaces nothing the page said, except a dateline day without its year.
        var published = document.Metadata.Published;
        var stated = published is { Evidence.Inferred: false } ? published.Value
            : document.Metadata.Dateline?.Value.Date is { Year: null } day ? day : (PartialDate?)null;
        var annotated = LanguagePipeline.Default.Annotate(document.Text, stated);
        var events = EventExtractor.Default.Extract(annotated, EventExtractor.WithGroupSpeakers(annotated, QuoteExtractor.Extract(annotated)));
        var clues = new List<DateClue>(PublicationDating.TextClues(annotated, events));
        clues.AddRange(shared);
        if (DateConstraints.Resolve(stated, clues) is not { } inferred || inferred.Value == published?.Value)
        {
            return null;
        }

        var span = inferred.Evidence.Span is { } clean ? document.ToRaw.Map(clean) : (TextSpan?)null;
        return document.WithMetadata(document.Metadata with { Published = inferred with { Evidence = inferred.Evidence with { Span = span } } });
    }

    /// <summary>
    /// Whether an undated mention names the anchor's event as precisely as nothing else could: the same CAMEO code, the
    /// same place (by name), and both sides named, of the anchor's countries ("Obama met Putin in Los Cabos"). Without
    /// a date, anything less ("the United Nations called", "he has insisted") fits events of any year.
    /// </summary>
    private static bool SameEvent(StoredEventMention m, StoredEventMention anchor)
    {
        if (m.Code != anchor.Code || m.LocationName is null || !string.Equals(m.LocationName, anchor.LocationName, StringComparison.OrdinalIgnoreCase)
            || m.Source?.Country is not { } source || m.Target?.Country is not { } target)
        {
            return false;
        }

        var a = (anchor.Source?.Country, anchor.Target?.Country);
        return (source, target) == a || (target, source) == a;
    }

    /// <summary>Whether the linker would put <paramref name="m"/> with the anchors were its article published around their day.</summary>
    private static bool Fits(StoredEventMention m, LinkModality modality, List<(DateOnly Day, StoredEventMention Mention)> anchors,
        Dictionary<string, (string? Outlet, DateOnly? Published)> origins, EventLinking.ActorKinds kinds)
    {
        if (anchors[0].Mention.Root != m.Root)
        {
            return false;
        }

        // A report is dated on the event's day, an announcement the day before: the linker's windows then hold the day.
        var day = anchors[0].Day.AddDays(modality == LinkModality.Planned ? -1 : 0);
        var probe = EventLinking.ToLinkMention(m, origins, kinds) with { Published = day, Date = LinkDate.Unknown, DateIsArticleDate = false };
        var linked = new List<LinkMention> { probe };
        foreach (var a in anchors)
        {
            linked.Add(EventLinking.ToLinkMention(a.Mention, origins, kinds));
        }

        foreach (var e in EventLinker.Link(linked))
        {
            if (e.Mentions.Any(x => x.Id == probe.Id))
            {
                return e.Mentions.Length > 1;
            }
        }

        return false;
    }
}
