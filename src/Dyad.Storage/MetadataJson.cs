using System.Buffers;
using System.Text;
using System.Text.Json;
using Dyad.Core;

namespace Dyad.Storage;

/// <summary>Writes and reads <see cref="ArticleMetadata"/> (values with evidence) as JSON with fixed field names.</summary>
/// <remarks>Shape: <c>{"title": {"value": "...", "evidence": {"text", "method", "start", "end", "inferred"}}, ...}</c>;
/// the dateline's value is <c>{"place", "date", "text"}</c>; absent fields are omitted.</remarks>
public static class MetadataJson
{
    /// <summary>Serialises metadata.</summary>
    public static string Write(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteString(w, "title", metadata.Title);
            WriteString(w, "source", metadata.Source);
            WriteString(w, "author", metadata.Author);
            if (metadata.Dateline is { } dateline)
            {
                w.WriteStartObject("dateline");
                w.WriteStartObject("value");
                w.WriteString("place", dateline.Value.Place);
                w.WriteString("date", dateline.Value.Date?.ToString());
                w.WriteString("text", dateline.Value.Text);
                w.WriteEndObject();
                WriteEvidence(w, dateline.Evidence);
                w.WriteEndObject();
            }

            if (metadata.Published is { } published)
            {
                w.WriteStartObject("published");
                w.WriteString("value", published.Value.ToString());
                w.WriteString("precision", published.Value.Precision.ToString().ToLowerInvariant());
                WriteEvidence(w, published.Evidence);
                w.WriteEndObject();
            }

            WriteString(w, "url", metadata.Url);
            WriteString(w, "language", metadata.Language);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads metadata written by <see cref="Write"/>; unknown fields are ignored.</summary>
    public static ArticleMetadata Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Attested<Dateline>? dateline = null;
        if (root.TryGetProperty("dateline", out var d) && d.TryGetProperty("value", out var dv))
        {
            PartialDate? date = dv.TryGetProperty("date", out var dd) && dd.ValueKind == JsonValueKind.String
                && PartialDate.TryParse(dd.GetString(), out var pd) ? pd : null;
            dateline = new Attested<Dateline>(
                new Dateline(dv.TryGetProperty("place", out var p) ? p.GetString() : null, date, dv.GetProperty("text").GetString() ?? string.Empty),
                ReadEvidence(d));
        }

        Attested<PartialDate>? published = null;
        if (root.TryGetProperty("published", out var pub) && PartialDate.TryParse(pub.GetProperty("value").GetString(), out var pubDate))
        {
            published = new Attested<PartialDate>(pubDate, ReadEvidence(pub));
        }

        return new ArticleMetadata
        {
            Title = ReadString(root, "title"),
            Source = ReadString(root, "source"),
            Author = ReadString(root, "author"),
            Dateline = dateline,
            Published = published,
            Url = ReadString(root, "url"),
            Language = ReadString(root, "language"),
        };
    }

    /// <summary>Writes one evidence object's fields (text, method, start, end, inferred) into an open object.</summary>
    public static void WriteEvidenceFields(Utf8JsonWriter writer, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evidence);
        writer.WriteString("text", evidence.Text);
        writer.WriteString("method", evidence.Method);
        if (evidence.Span is { } span)
        {
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
        }
        else
        {
            writer.WriteNull("start");
            writer.WriteNull("end");
        }

        writer.WriteBoolean("inferred", evidence.Inferred);
    }

    private static void WriteString(Utf8JsonWriter w, string name, Attested<string>? field)
    {
        if (field is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("value", field.Value);
        WriteEvidence(w, field.Evidence);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteStartObject("evidence");
        WriteEvidenceFields(w, evidence);
        w.WriteEndObject();
    }

    private static Attested<string>? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var f) && f.TryGetProperty("value", out var v) && v.GetString() is { } s
            ? new Attested<string>(s, ReadEvidence(f))
            : null;

    private static Evidence ReadEvidence(JsonElement field)
    {
        if (!field.TryGetProperty("evidence", out var e))
        {
            return new Evidence(null, string.Empty, "unknown");
        }

        TextSpan? span = e.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.Number
            && e.TryGetProperty("end", out var en) && en.ValueKind == JsonValueKind.Number
            ? new TextSpan(s.GetInt32(), en.GetInt32())
            : null;
        return new Evidence(
            span,
            e.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("method", out var m) ? m.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("inferred", out var i) && i.ValueKind == JsonValueKind.True);
    }
}
