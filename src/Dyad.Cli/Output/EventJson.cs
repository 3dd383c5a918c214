using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes stored event mentions as JSON objects with the field names the CLI contract fixes for events.</summary>
internal static class EventJson
{
    /// <summary>One stored mention as an event object (until linking, an event is its one mention).</summary>
    public static void WriteStored(Utf8JsonWriter w, StoredEventMention e)
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
        if (e.LocationName is null)
        {
            w.WriteNull("location");
        }
        else
        {
            w.WriteStartObject("location");
            w.WriteString("name", e.LocationName);
            w.WriteString("country", e.LocationCountry);
            w.WriteEndObject();
        }

        w.WriteStartArray("issues");
        foreach (var issue in e.Issues)
        {
            w.WriteStringValue(issue);
        }

        w.WriteEndArray();
        w.WriteStartArray("mentions");
        w.WriteStartObject();
        w.WriteString("article", e.ArticleId);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("date_value", e.DateValue);
        w.WriteString("date_source", e.DateSource);
        w.WriteString("form", e.Form);
        w.WriteString("pattern", e.Pattern);
        w.WriteEndObject();
    }

    /// <summary>An actor object (name, code, country, text and, when known, its span), or null.</summary>
    public static void WriteActor(Utf8JsonWriter w, string name, StoredActor? actor, Dyad.Core.TextSpan? span = null)
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
        w.WriteString("text", actor.Text);
        if (span is { } s)
        {
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
        }

        w.WriteEndObject();
    }
}
