using System.Text.Json;
using Dyad.Linking.Sources;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes linked events as JSON objects: the issue-4 event fields, then the linking counts, then the sources
/// side by side.</summary>
internal static class LinkedEventJson
{
    /// <summary>One event with its mentions (looked up by id in <paramref name="mentions"/>; <paramref name="outlets"/>
    /// gives each article's outlet).</summary>
    public static void Write(
        Utf8JsonWriter w,
        StoredEvent e,
        IReadOnlyDictionary<string, StoredEventMention> mentions,
        IReadOnlyDictionary<string, string?> outlets)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("date", e.Date);
        w.WriteString("code", e.Code);
        w.WriteString("root", e.Root);
        w.WriteNumber("quad_class", e.QuadClass);
        if (e.Goldstein is { } g)
        {
            w.WriteNumber("goldstein", g);
        }
        else
        {
            w.WriteNull("goldstein");
        }

        w.WriteString("plover", e.Plover);
        EventJson.WriteActor(w, "source", e.Source, includeText: false);
        EventJson.WriteActor(w, "target", e.Target, includeText: false);
        w.WriteString("modality", e.Modality);
        EventJson.WriteActor(w, "claimant", e.Claimant, includeText: false);
        EventJson.WriteLocation(w, e.LocationName, e.LocationCountry);
        EventJson.WriteStrings(w, "issues", e.Issues);
        w.WriteStartArray("mentions");
        foreach (var id in e.MentionIds)
        {
            if (!mentions.TryGetValue(id, out var m))
            {
                continue;
            }

            w.WriteStartObject();
            EventJson.WriteMentionPlace(w, m);
            w.WriteString("id", m.Id);
            w.WriteString("outlet", outlets.GetValueOrDefault(m.ArticleId));
            w.WriteString("code", m.Code);
            w.WriteString("modality", m.Modality);
            w.WriteString("cue", m.Cue);
            EventJson.WriteActor(w, "claimant", m.Claimant, includeText: false);
            w.WriteString("date", m.Date);
            w.WriteString("date_value", m.DateValue);
            w.WriteString("date_source", m.DateSource);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("mention_count", e.MentionCount);
        w.WriteNumber("article_count", e.ArticleCount);
        w.WriteNumber("outlet_count", e.OutletCount);
        w.WriteString("first_reported", e.FirstReported);
        w.WriteString("last_reported", e.LastReported);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
        w.WriteStartArray("contradictions");
        foreach (var c in e.Contradictions)
        {
            w.WriteStartObject();
            w.WriteString("claimed", c.ClaimedMentionId);
            w.WriteString("negated", c.NegatedMentionId);
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("date_granularity", e.DateGranularity);
        w.WriteString("family", e.Family);
        WriteSources(w, StoredSources.Of(e, mentions, outlets));
        w.WriteEndObject();
    }

    /// <summary>The sources side by side: <c>sources</c> (one per report, with its outlet, the outlet's country and the
    /// side), <c>sides</c> (what each side said), <c>sides_summary</c>, <c>outlet_countries</c> and
    /// <c>sides_disagree</c>.</summary>
    private static void WriteSources(Utf8JsonWriter w, EventSources sources)
    {
        w.WriteStartArray("sources");
        foreach (var r in sources.Reports)
        {
            w.WriteStartObject();
            w.WriteString("outlet", r.Outlet);
            w.WriteString("outlet_country", r.OutletCountry);
            w.WriteString("side", r.Side);
            w.WriteString("modality", SideBySide.Name(r.Modality));
            EventJson.WriteActor(w, "claimant", r.Claimant is { } c ? new StoredActor(c.Name, c.Code, c.Country, string.Empty) : null, includeText: false);
            w.WriteString("article", r.ArticleId);
            w.WriteString("evidence", r.Evidence);
            w.WriteString("mention", r.MentionId);
            w.WriteString("side_from", r.Basis.ToString().ToLowerInvariant());
            w.WriteString("outlet_name", r.KnownOutlet?.Name);
            w.WriteString("outlet_ownership", r.KnownOutlet is { Ownership: not OutletOwnership.Unknown } o ? o.Ownership.ToString().ToLowerInvariant() : null);
            w.WriteBoolean("in_event", r.InEvent);
            w.WriteBoolean("contradicted", r.Contradicted);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sides");
        foreach (var side in sources.Sides)
        {
            w.WriteStartObject();
            w.WriteString("side", side.Side);
            w.WriteString("modality", SideBySide.Name(side.Modality));
            EventJson.WriteStrings(w, "modalities", side.Modalities.Select(SideBySide.Name));
            w.WriteNumber("reports", side.Reports);
            EventJson.WriteStrings(w, "outlets", side.Outlets);
            EventJson.WriteStrings(w, "claimants", side.Claimants);
            w.WriteBoolean("contradicted", side.Contradicted);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("sides_summary", sources.Summary);
        EventJson.WriteStrings(w, "outlet_countries", sources.OutletCountries);
        w.WriteBoolean("sides_disagree", sources.SidesDisagree);
    }
}
