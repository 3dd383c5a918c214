using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes stored event mentions as JSON objects with the field names the CLI contract fixes for events.</summary>
internal static class EventJson
{
    /// <summary>One stored mention as an event object, with the id of the linked event holding it (<c>event_id</c>, null when unlinked).</summary>
    public static void WriteStored(Utf8JsonWriter w, StoredEventMention e, string? eventId = null)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("date", e.Date);
        w.WriteString("code", e.Code);
        w.WriteString("root", e.Root);
        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("plover", e.Plover);
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        w.WriteString("modality", e.Modality);
        w.WriteString("cue", e.Cue);
        WriteActor(w, "claimant", e.Claimant);
        WriteLocation(w, e.LocationName, e.LocationCountry);
        WriteStrings(w, "issues", e.Issues);
        w.WriteStartArray("mentions");
        w.WriteStartObject();
        WriteMentionPlace(w, e);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("date_value", e.DateValue);
        w.WriteString("date_source", e.DateSource);
        w.WriteString("form", e.Form);
        w.WriteString("pattern", e.Pattern);
        w.WriteString("event_id", eventId);
        w.WriteEndObject();
    }

    /// <summary>Where a mention is: <c>article</c>, <c>sentence</c>, <c>start</c>, <c>end</c> and its <c>text</c>.</summary>
    public static void WriteMentionPlace(Utf8JsonWriter w, StoredEventMention m)
    {
        w.WriteString("article", m.ArticleId);
        w.WriteNumber("sentence", m.Sentence);
        w.WriteNumber("start", m.Start);
        w.WriteNumber("end", m.End);
        w.WriteString("text", m.Text);
    }

    /// <summary>The <c>location</c> field: <c>{name, country}</c>, or null when there is no place.</summary>
    public static void WriteLocation(Utf8JsonWriter w, string? name, string? country)
    {
        if (name is null)
        {
            w.WriteNull("location");
            return;
        }

        w.WriteStartObject("location");
        w.WriteString("name", name);
        w.WriteString("country", country);
        w.WriteEndObject();
    }

    /// <summary>An array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>An actor object (name, code, country, text unless <paramref name="includeText"/> is false and, when known,
    /// its span), or null.</summary>
    public static void WriteActor(Utf8JsonWriter w, string name, StoredActor? actor, Dyad.Core.TextSpan? span = null, bool includeText = true)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("name", actor.Name);
        w.WriteString("code", actor.Code);
        w.WriteString("country", actor.Country);
        if (includeText)
        {
            w.WriteString("text", actor.Text);
        }

        if (span is { } s)
        {
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
        }

        w.WriteEndObject();
    }
}
