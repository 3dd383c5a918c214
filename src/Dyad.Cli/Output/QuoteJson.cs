using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Output;

/// <summary>Writes stored quotes as JSON objects with the field names the CLI contract fixes for quotes.</summary>
internal static class QuoteJson
{
    /// <summary>One stored quote: <c>article</c>, <c>text</c>, <c>start</c>, <c>end</c>, <c>speaker</c>
    /// (<c>{name, code, country, text, start, end}</c> or null), <c>cue</c>; then <c>id</c>, <c>kind</c>,
    /// <c>cue_lemma</c>, the cue's span, <c>confidence</c> and <c>attribution</c>.</summary>
    public static void WriteStored(Utf8JsonWriter w, StoredQuote q)
    {
        w.WriteStartObject();
        w.WriteString("article", q.ArticleId);
        w.WriteString("text", q.Text);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
        if (q.SpeakerName is null)
        {
            w.WriteNull("speaker");
        }
        else
        {
            w.WriteStartObject("speaker");
            w.WriteString("name", q.SpeakerName);
            w.WriteString("code", q.SpeakerCode);
            w.WriteString("country", q.SpeakerCountry);
            w.WriteString("text", q.SpeakerText);
            if (q is { SpeakerStart: { } start, SpeakerEnd: { } end })
            {
                w.WriteNumber("start", start);
                w.WriteNumber("end", end);
            }

            w.WriteEndObject();
        }

        w.WriteString("cue", q.CueText);
        w.WriteString("id", q.Id);
        w.WriteString("kind", q.Kind);
        w.WriteString("cue_lemma", q.CueLemma);
        if (q is { CueStart: { } cueStart, CueEnd: { } cueEnd })
        {
            w.WriteNumber("cue_start", cueStart);
            w.WriteNumber("cue_end", cueEnd);
        }

        w.WriteNumber("confidence", q.Confidence);
        w.WriteString("attribution", q.Attribution);
        w.WriteEndObject();
    }
}
