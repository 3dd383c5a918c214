using System.Collections.Immutable;

namespace Dyad.Linking;

/// <summary>
/// Links event mentions from many articles into events, incrementally: each <see cref="Add"/> attaches new mentions to
/// the events already known and reports only what changed. The events depend only on the set of mentions fed, never on
/// their order or on how they were split into batches, and their ids are stable (see <see cref="LinkedEvent.Id"/>).
/// </summary>
/// <remarks>
/// <para>Mentions are only compared inside a block: the same code family (<see cref="CameoFamilies"/>) and the same pair
/// of actor keys (each actor's country, else its code, else its name; the pair unordered for joint acts). Inside a
/// block a mention's date decides its level: a stated day is an anchor; a mention dated only by its article, or by a
/// week, lies in a short window around that date; then months, years, and mentions with no date at all.</para>
/// <para>Anchors link to each other when compatible and their days are within <see cref="LinkerOptions.DayTolerance"/>
/// (single link). A coarser mention joins the most compatible finer mention inside its window (ties to the one nearest
/// its article's date, then to the smaller mention id); when none fits, it links with compatible mentions of its own level whose windows overlap. A mention
/// without any date joins only mentions of its own article. See docs/linking.md.</para>
/// <para>Memory is linear in the mentions: a fixed-size record per mention, a member list per event and small hash
/// indexes. Not thread-safe.</para>
/// </remarks>
public sealed partial class EventLinker
{
    private readonly LinkerOptions _options;

    /// <summary>Creates an empty linker.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window is negative or the threshold is not in (0, 1].</exception>
    public EventLinker(LinkerOptions? options = null)
    {
        _options = options ?? LinkerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.DayTolerance, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ReportLag, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.PlannedHorizon, nameof(options));
        if (_options.Threshold is <= 0 or > 1 || double.IsNaN(_options.Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Threshold, "The threshold must be in (0, 1].");
        }

        for (var i = 0; i < _index.Length; i++)
        {
            _index[i] = new Dictionary<long, int>();
        }
    }

    /// <summary>
    /// The block <paramref name="mention"/> is compared in: its code family and its actors' keys (country, else the
    /// code's country part or the whole non-state code, else the name), unordered for symmetric families. Only
    /// mentions of one block can link; evaluations use it to find the pairs the linker kept apart.
    /// </summary>
    public static string BlockOf(LinkMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var family = CameoFamilies.FamilyOf(mention.Code);
        var a = ActorKey(LinkActor.Informative(mention.Source));
        var b = ActorKey(LinkActor.Informative(mention.Target));
        if (CameoFamilies.IsSymmetric(family) && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        return family + "|" + a + "|" + b;
    }

    /// <summary>The number of mentions linked so far.</summary>
    public int MentionCount => _count;

    /// <summary>Links a whole batch at once and returns its events, by id.</summary>
    public static ImmutableArray<LinkedEvent> Link(IEnumerable<LinkMention> mentions, LinkerOptions? options = null)
    {
        var linker = new EventLinker(options);
        linker.Add(mentions);
        return linker.Events();
    }

    /// <summary>Adds mentions (ids already linked are skipped) and links them to the events known so far.</summary>
    /// <returns>The events created or changed, and the ids of events that are gone.</returns>
    public LinkUpdate Add(IEnumerable<LinkMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var first = _count;
        var skipped = 0;
        _batch++;
        _touched.Clear();
        _affected.Clear();
        foreach (var mention in mentions)
        {
            ArgumentNullException.ThrowIfNull(mention);
            if (!_ids.TryAdd(mention.Id, _count))
            {
                skipped++;
                continue;
            }

            Register(mention);
        }

        LinkAnchors(first);
        var dirty = MarkDirty(first);
        for (var level = Near; level <= Undated; level++)
        {
            Relink(dirty[level]);
        }

        var (changed, removed) = Collect();
        return new LinkUpdate(changed, removed, _count - first, skipped);
    }

    /// <summary>Every event so far, by id.</summary>
    public ImmutableArray<LinkedEvent> Events()
    {
        var all = ImmutableArray.CreateBuilder<LinkedEvent>();
        for (var block = 0; block < _blockFirst.Count; block++)
        {
            foreach (var group in Groups(block))
            {
                all.Add(Materialize(group));
            }
        }

        all.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return all.ToImmutable();
    }

    /// <summary>The id of the event a mention belongs to, or null when the mention is not linked.</summary>
    public string? EventIdOf(string mentionId)
    {
        ArgumentNullException.ThrowIfNull(mentionId);
        return _ids.TryGetValue(mentionId, out var x) ? _eventIds[x] : null;
    }
}
