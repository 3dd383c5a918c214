using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Actors;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Language.Time;
using Dyad.Quotes;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes articles as JSON objects with the field names the CLI contract fixes.</summary>
/// <remarks>Field names are a contract other tools depend on: add fields freely, rename none.</remarks>
public static class ArticleJson
{
    /// <summary>Options for one-object-per-line output: compact, non-ASCII kept as is.</summary>
    public static JsonWriterOptions LineOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the metadata fields shared by export and annotate.</summary>
    public static void WriteMetadata(Utf8JsonWriter w, ArticleMetadata m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        w.WriteString("title", m.Title?.Value);
        w.WriteString("source", m.Source?.Value);
        w.WriteString("author", m.Author?.Value);
        w.WriteString("dateline", m.Dateline?.Value.Text);
        w.WriteString("dateline_place", m.Dateline?.Value.Place);
        w.WriteString("dateline_date", m.Dateline?.Value.Date?.ToString());
        w.WriteString("published", m.Published?.Value.ToString());
        w.WriteString("published_precision", m.Published?.Value.Precision.ToString().ToLowerInvariant());
        w.WritePropertyName("published_evidence");
        WriteEvidence(w, m.Published?.Evidence);
        w.WriteString("url", m.Url?.Value);
        w.WriteString("language", m.Language?.Value);
        w.WriteStartObject("evidence");
        WriteFieldEvidence(w, "title", m.Title?.Evidence);
        WriteFieldEvidence(w, "source", m.Source?.Evidence);
        WriteFieldEvidence(w, "author", m.Author?.Evidence);
        WriteFieldEvidence(w, "dateline", m.Dateline?.Evidence);
        WriteFieldEvidence(w, "published", m.Published?.Evidence);
        w.WriteEndObject();
    }

    /// <summary>One stored article, as <c>dyad export articles --format jsonl</c> prints it.</summary>
    public static void WriteStored(Utf8JsonWriter w, ArticleRecord a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("path", a.Path);
        w.WriteString("format", a.Format);
        w.WriteString("encoding", a.Encoding);
        WriteMetadata(w, a.Metadata);
        w.WriteString("duplicate_of", a.DuplicateOf);
        w.WriteString("duplicate_kind", a.DuplicateKind);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    /// <summary>One annotated document, as <c>dyad annotate --format jsonl</c> prints it.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="d">The document.</param>
    /// <param name="a">Its language annotation.</param>
    /// <param name="events">Its coded events.</param>
    /// <param name="quotes">Its quotes.</param>
    /// <param name="speakers">For each quote, its speaker coded by the knowledge base, or null.</param>
    /// <param name="dictionaryEvents">Events coded with PETRARCH dictionaries (<c>--dictionaries</c>), written as
    /// <c>dictionary_events</c>; null to leave the field out.</param>
    public static void WriteAnnotated(Utf8JsonWriter w, Document d, AnnotatedText a, IReadOnlyList<EventRecord> events, IReadOnlyList<Quote> quotes, IReadOnlyList<ActorResolution?> speakers,
        IReadOnlyList<Dyad.Events.Petrarch.DictionaryEvent>? dictionaryEvents = null)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteStartObject();
        w.WriteString("id", d.Name);
        w.WriteString("content_id", d.Id.Value);
        w.WriteString("path", d.Locator);
        WriteMetadata(w, d.Metadata);
        w.WriteString("text", d.Text);
        w.WriteStartArray("paragraphs");
        foreach (var p in d.Paragraphs)
        {
            w.WriteStartObject();
            WriteSpan(w, p);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences)
        {
            w.WriteStartObject();
            WriteSpan(w, s.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("chunks");
        foreach (var c in a.Chunks)
        {
            w.WriteStartObject();
            WriteSpan(w, c.Span);
            w.WriteString("type", c.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in a.Entities)
        {
            w.WriteStartObject();
            WriteSpan(w, e.Span);
            w.WriteString("type", e.Type);
            if (e.Subtype is not null)
            {
                w.WriteString("subtype", e.Subtype);
            }

            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("timexes");
        foreach (var t in a.Timexes)
        {
            w.WriteStartObject();
            WriteSpan(w, t.Span);
            w.WriteString("type", TimeMLNames.Type(t.Type));
            w.WriteString("value", t.Value);
            w.WriteString("text", t.Text);
            w.WriteString("granularity", t.Granularity.ToString().ToLowerInvariant());
            if (TimeMLNames.Modifier(t.Modifier) is { } modifier)
            {
                w.WriteString("mod", modifier);
            }

            w.WriteBoolean("resolved", t.IsResolved);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        for (var i = 0; i < quotes.Count; i++)
        {
            WriteQuote(w, d, quotes[i], speakers[i]);
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        for (var i = 0; i < events.Count; i++)
        {
            WriteEvent(w, d, events[i], i);
        }

        w.WriteEndArray();
        if (dictionaryEvents is not null)
        {
            w.WriteStartArray("dictionary_events");
            foreach (var e in dictionaryEvents)
            {
                w.WriteStartObject();
                w.WriteNumber("sentence", e.Sentence);
                w.WriteString("source", e.Source);
                w.WriteString("target", e.Target);
                w.WriteString("code", e.Code);
                w.WriteString("verb", d.Text[e.Verb.Start..e.Verb.End]);
                w.WriteString("source_text", d.Text[e.SourceSpan.Start..e.SourceSpan.End]);
                w.WriteString("target_text", d.Text[e.TargetSpan.Start..e.TargetSpan.End]);
                w.WriteString("pattern", e.Pattern);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, Document d, Quote q, ActorResolution? actor)
    {
        w.WriteStartObject();
        w.WriteString("article", d.Name);
        w.WriteString("text", q.ContentText);
        WriteSpan(w, q.Content);
        w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
        w.WriteString("attribution", q.Attribution.ToString().ToLowerInvariant());
        if (q.ResolvedSpeaker is { } speaker)
        {
            w.WriteStartObject("speaker");
            w.WriteString("name", speaker);
            w.WriteString("code", actor?.Code.Value);
            w.WriteString("country", actor?.Country);
            w.WriteString("text", q.SpeakerText);
            if (q.Speaker is { } span)
            {
                WriteSpan(w, span);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("speaker");
        }

        w.WriteString("cue", q.CueText);
        w.WriteString("cue_lemma", q.CueLemma);
        w.WriteNumber("confidence", q.Confidence);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document d, EventRecord e, int index)
    {
        w.WriteStartObject();
        w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{d.Name}#e{index + 1}"));
        WriteSpan(w, e.Evidence);
        w.WriteString("text", d.Text.AsSpan(e.Evidence.Start, e.Evidence.Length));
        if (e.Date is { } date)
        {
            w.WriteString("date", date.Calendar);
            w.WriteString("date_value", date.Value);
            w.WriteString("date_source", date.Source.ToString().ToLowerInvariant());
            w.WriteString("date_granularity", date.Granularity.ToString().ToLowerInvariant());
        }
        else
        {
            w.WriteNull("date");
        }

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
        if (e.Place is { } place)
        {
            w.WriteStartObject("location");
            w.WriteString("name", place.Name);
            w.WriteString("country", e.PlaceCountry);
            WriteSpan(w, place.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        w.WriteStartArray("issues");
        foreach (var issue in e.Issues)
        {
            w.WriteStartObject();
            w.WriteString("key", issue.Key);
            w.WriteString("label", issue.Label);
            WriteSpan(w, issue.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("form", e.Form.ToString().ToLowerInvariant());
        w.WriteString("pattern", e.Pattern);
        w.WriteStartArray("mentions");
        w.WriteStartObject();
        w.WriteString("article", d.Name);
        w.WriteNumber("sentence", e.Sentence);
        WriteSpan(w, e.Evidence);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? actor) =>
        EventJson.WriteActor(w, name, actor is null ? null : new StoredActor(actor.Name, actor.Code, actor.Country, actor.Text), actor?.Span);

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteFieldEvidence(Utf8JsonWriter w, string name, Evidence? evidence)
    {
        if (evidence is null)
        {
            return;
        }

        w.WritePropertyName(name);
        WriteEvidence(w, evidence);
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence? evidence)
    {
        if (evidence is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        MetadataJson.WriteEvidenceFields(w, evidence);
        w.WriteEndObject();
    }
}
