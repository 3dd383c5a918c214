using Dyad.Linking;
using Dyad.Linking.Sources;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>A stored event's sources side by side (<see cref="SideBySide"/>), computed at export time from the stored
/// mentions, the articles' outlets and the event's stored contradictions.</summary>
internal static class StoredSources
{
    /// <summary>The sources of <paramref name="e"/>; mentions of other events its contradictions name come in as
    /// reports outside the event.</summary>
    public static EventSources Of(
        StoredEvent e,
        IReadOnlyDictionary<string, StoredEventMention> mentions,
        IReadOnlyDictionary<string, string?> outlets)
    {
        var own = new List<LinkMention>(e.MentionIds.Count);
        foreach (var id in e.MentionIds)
        {
            if (mentions.TryGetValue(id, out var m))
            {
                own.Add(ToLinkMention(m, outlets));
            }
        }

        var others = new List<LinkMention>();
        var contradictions = new List<Contradiction>(e.Contradictions.Count);
        foreach (var c in e.Contradictions)
        {
            contradictions.Add(new Contradiction(c.ClaimedMentionId, c.NegatedMentionId, c.Reason));
            foreach (var id in (string[])[c.ClaimedMentionId, c.NegatedMentionId])
            {
                if (mentions.TryGetValue(id, out var m) && !e.MentionIds.Contains(id))
                {
                    others.Add(ToLinkMention(m, outlets));
                }
            }
        }

        return SideBySide.Of(own, contradictions, OutletTable.Default, others);
    }

    // Only what the sides need: outlet, modality, claimant and evidence (dates, places and kinds play no part).
    private static LinkMention ToLinkMention(StoredEventMention m, IReadOnlyDictionary<string, string?> outlets) =>
        new(
            m.Id, m.ArticleId, outlets.GetValueOrDefault(m.ArticleId), null, m.Code, m.QuadClass,
            Actor(m.Source), Actor(m.Target),
            Enum.TryParse<LinkModality>(m.Modality, ignoreCase: true, out var modality) ? modality : LinkModality.Occurred,
            Actor(m.Claimant), LinkDate.Unknown, false, null, [], m.Text);

    private static LinkActor? Actor(StoredActor? a) => a is null ? null : new LinkActor(a.Name, a.Code, a.Country);
}
