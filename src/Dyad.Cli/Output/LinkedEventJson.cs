using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes linked events as JSON objects: the issue-4 event fields, then the linking counts.</summary>
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
        w.WriteEndObject();
    }
}
