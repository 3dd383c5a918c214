using System.Collections.Immutable;
using System.Globalization;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Storage;

namespace Dyad.Cli.Running;

/// <summary>Turns the events stage's records into the store's flat rows (the store depends on no pipeline stage).</summary>
internal static class EventRows
{
    public static IReadOnlyList<StoredEventMention> Of(Document document, ImmutableArray<EventRecord> events)
    {
        var rows = new List<StoredEventMention>(events.Length);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            rows.Add(new StoredEventMention(
                string.Create(CultureInfo.InvariantCulture, $"{document.Id.Value}#e{i + 1}"),
                document.Id.Value,
                i + 1,
                e.Sentence,
                e.Evidence.Start,
                e.Evidence.End,
                document.Text.Substring(e.Evidence.Start, e.Evidence.Length),
                e.Code,
                e.Root,
                e.QuadClass,
                e.Goldstein,
                e.Plover,
                Actor(e.Source),
                Actor(e.Target),
                e.Modality,
                e.Cue,
                Actor(e.Claimant),
                e.Date?.Calendar,
                e.Date?.Value,
                e.Date?.Source.ToString().ToLowerInvariant(),
                e.Place?.Name,
                e.PlaceCountry,
                [.. e.Issues.Select(issue => issue.Label)],
                e.Form.ToString().ToLowerInvariant(),
                e.Pattern));
        }

        return rows;
    }

    private static StoredActor? Actor(EventActor? actor) =>
        actor is null ? null : new StoredActor(actor.Name, actor.Code, actor.Country, actor.Text);
}
