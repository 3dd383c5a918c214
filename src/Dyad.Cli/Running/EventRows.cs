using System.Collections.Immutable;
using System.Globalization;
using Dyad.Core;
using Dyad.Events.Codebook;
using Dyad.Events.Extraction;
using Dyad.Events.Petrarch;
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

    /// <summary>Rows for events coded with PETRARCH dictionaries: CAMEO fields from the codebook when the code is CAMEO, actors by their codes.</summary>
    public static IReadOnlyList<StoredEventMention> Of(Document document, ImmutableArray<DictionaryEvent> events)
    {
        var rows = new List<StoredEventMention>(events.Length);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var start = Math.Min(e.Verb.Start, Math.Min(e.SourceSpan.Start, e.TargetSpan.Start));
            var end = Math.Max(e.Verb.End, Math.Max(e.SourceSpan.End, e.TargetSpan.End));
            var cameo = CameoCodebook.Default.Find(e.Code);
            rows.Add(new StoredEventMention(
                string.Create(CultureInfo.InvariantCulture, $"{document.Id.Value}#e{i + 1}"),
                document.Id.Value,
                i + 1,
                e.Sentence,
                start,
                end,
                document.Text[start..end],
                e.Code,
                cameo?.Root.Value ?? (e.Code.Length >= 2 ? e.Code[..2] : e.Code),
                (int)(cameo?.QuadClass ?? 0),
                cameo?.Goldstein ?? 0,
                cameo?.PloverType,
                new StoredActor(e.Source, e.Source, null, document.Text[e.SourceSpan.Start..e.SourceSpan.End]),
                new StoredActor(e.Target, e.Target, null, document.Text[e.TargetSpan.Start..e.TargetSpan.End]),
                "occurred",
                string.Empty,
                null,
                null,
                null,
                null,
                null,
                null,
                [],
                "verb",
                "petrarch:" + (e.Pattern ?? "verb")));
        }

        return rows;
    }

    private static StoredActor? Actor(EventActor? actor) =>
        actor is null ? null : new StoredActor(actor.Name, actor.Code, actor.Country, actor.Text);
}
