using System.CommandLine;
using System.Text;
using Dyad.Cli.Output;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export articles|events|mentions|quotes --db FILE --format jsonl|csv|gdelt [--out FILE]</c>.</summary>
internal static class ExportCommand
{
    /// <summary>CSV columns, in order: the contract's fields first, extras after.</summary>
    private static readonly string[] ArticleColumns =
    [
        "id", "path", "title", "source", "author", "dateline", "published", "published_evidence", "duplicate_of", "text",
        "name", "url", "format", "encoding", "duplicate_kind", "published_precision", "published_evidence_method",
    ];

    public static Command Create()
    {
        var what = new Argument<string>("WHAT")
        {
            Description = "What to export: articles, events (one row per event linked across reports, with its mentions and counts), mentions (each coded event mention, with the event it belongs to), or quotes (with their speakers).",
        };
        what.AcceptOnlyFromAmong("articles", "events", "mentions", "quotes");
        var db = CommonOptions.Db(mustExist: true);
        var format = CommonOptions.Format("jsonl", "csv", "gdelt");
        var output = CommonOptions.Out();
        var command = new Command("export", "Export the store's contents as JSON lines or CSV, or events and mentions as GDELT 2.0 tables (tab-separated, no header).") { what, db, format, output };
        command.SetAction(result =>
        {
            var dbPath = result.GetValue(db)!;
            var outPath = result.GetValue(output);
            if (result.GetValue(format) == "gdelt" && result.GetValue(what) is not ("events" or "mentions"))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] GDELT 2.0 has no {result.GetValue(what)} table; --format gdelt exports events or mentions.");
                return 1;
            }

            try
            {
                using var store = DyadStore.Open(dbPath);
                using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                var kind = result.GetValue(what)!;
                var csvFormat = result.GetValue(format) == "csv";
                var count = kind switch
                {
                    _ when result.GetValue(format) == "gdelt" => kind == "events" ? GdeltTables.WriteEvents(store, stream) : GdeltTables.WriteMentions(store, stream),
                    "articles" => csvFormat ? WriteCsv(store, stream) : WriteJsonl(store.ReadArticles(), ArticleJson.WriteStored, stream),
                    "quotes" => csvFormat ? WriteQuotesCsv(store, stream) : WriteJsonl(store.ReadQuotes(), QuoteJson.WriteStored, stream),
                    "events" => csvFormat ? WriteEventsCsv(store, stream) : WriteEventsJsonl(store, stream),
                    _ => WriteMentions(store, stream, csvFormat),
                };
                if (outPath is not null)
                {
                    Consoles.Error.MarkupLineInterpolated($"Wrote {count} {kind} to {outPath}.");
                }

                return 0;
            }
            catch (Exception ex) when (ex is StoreException or IOException or UnauthorizedAccessException)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>CSV columns of event mentions, in order: the contract's event fields first (actors flattened), extras after.</summary>
    private static readonly string[] MentionColumns =
    [
        "id", "date", "code", "root", "quad_class", "goldstein", "plover",
        "source_name", "source_code", "source_country", "target_name", "target_code", "target_country",
        "modality", "claimant_name", "claimant_code", "location_name", "location_country", "issues",
        "article", "sentence", "start", "end", "text", "cue", "date_value", "date_source", "form", "pattern", "event_id",
    ];

    private static int WriteMentions(DyadStore store, Stream stream, bool csvFormat)
    {
        var events = store.ReadEventLinks();
        if (!csvFormat)
        {
            return WriteJsonl(store.ReadEventMentions(), (w, m) => EventJson.WriteStored(w, m, events.GetValueOrDefault(m.Id)), stream);
        }

        var count = 0;
        using var text = new StreamWriter(stream, new UTF8Encoding(false));
        var csv = new CsvWriter(text);
        csv.WriteRow(MentionColumns);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var e in store.ReadEventMentions())
        {
            csv.WriteRow(
                e.Id, e.Date, e.Code, e.Root, e.QuadClass.ToString(c), e.Goldstein.ToString(c), e.Plover,
                e.Source?.Name, e.Source?.Code, e.Source?.Country, e.Target?.Name, e.Target?.Code, e.Target?.Country,
                e.Modality, e.Claimant?.Name, e.Claimant?.Code, e.LocationName, e.LocationCountry, string.Join("|", e.Issues),
                e.ArticleId, e.Sentence.ToString(c), e.Start.ToString(c), e.End.ToString(c), e.Text, e.Cue, e.DateValue, e.DateSource, e.Form, e.Pattern,
                events.GetValueOrDefault(e.Id));
            count++;
        }

        return count;
    }

    /// <summary>CSV columns of linked events: the contract's event fields first (actors flattened, mentions as ids), counts after.</summary>
    private static readonly string[] EventColumns =
    [
        "id", "date", "code", "root", "quad_class", "goldstein", "plover",
        "source_name", "source_code", "source_country", "target_name", "target_code", "target_country",
        "modality", "claimant_name", "claimant_code", "location_name", "location_country", "issues", "mentions", "articles",
        "mention_count", "article_count", "outlet_count", "first_reported", "last_reported", "confidence", "contradictions",
        "date_granularity", "family", "sides", "outlet_countries", "sides_disagree",
    ];

    private static int WriteEventsJsonl(DyadStore store, Stream stream)
    {
        var mentions = store.ReadEventMentions().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var outlets = store.ReadArticleOrigins().ToDictionary(a => a.Id, Running.EventLinking.OutletOf, StringComparer.Ordinal);
        return WriteJsonl(store.ReadEvents(), (w, e) => LinkedEventJson.Write(w, e, mentions, outlets), stream);
    }

    private static int WriteEventsCsv(DyadStore store, Stream stream)
    {
        var mentions = store.ReadEventMentions().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var outlets = store.ReadArticleOrigins().ToDictionary(a => a.Id, Running.EventLinking.OutletOf, StringComparer.Ordinal);
        var count = 0;
        using var text = new StreamWriter(stream, new UTF8Encoding(false));
        var csv = new CsvWriter(text);
        csv.WriteRow(EventColumns);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var e in store.ReadEvents())
        {
            var articles = e.MentionIds.Select(m => mentions.GetValueOrDefault(m)?.ArticleId).OfType<string>().Distinct(StringComparer.Ordinal);
            var sources = StoredSources.Of(e, mentions, outlets);
            csv.WriteRow(
                e.Id, e.Date, e.Code, e.Root, e.QuadClass.ToString(c), e.Goldstein?.ToString(c), e.Plover,
                e.Source?.Name, e.Source?.Code, e.Source?.Country, e.Target?.Name, e.Target?.Code, e.Target?.Country,
                e.Modality, e.Claimant?.Name, e.Claimant?.Code, e.LocationName, e.LocationCountry, string.Join("|", e.Issues),
                string.Join("|", e.MentionIds), string.Join("|", articles),
                e.MentionCount.ToString(c), e.ArticleCount.ToString(c), e.OutletCount.ToString(c), e.FirstReported, e.LastReported,
                e.Confidence.ToString("0.####", c), string.Join(" | ", e.Contradictions.Select(x => x.Reason)), e.DateGranularity, e.Family,
                sources.Summary, string.Join("|", sources.OutletCountries), sources.SidesDisagree ? "true" : "false");
            count++;
        }

        return count;
    }

    /// <summary>CSV columns of quotes, in order: the contract's fields first (the speaker flattened), extras after.</summary>
    private static readonly string[] QuoteColumns =
    [
        "article", "text", "start", "end", "speaker_name", "speaker_code", "cue",
        "speaker_country", "speaker_text", "speaker_start", "speaker_end", "id", "kind", "cue_lemma", "cue_start", "cue_end", "confidence", "attribution",
    ];

    private static int WriteQuotesCsv(DyadStore store, Stream stream)
    {
        var count = 0;
        using var text = new StreamWriter(stream, new UTF8Encoding(false));
        var csv = new CsvWriter(text);
        csv.WriteRow(QuoteColumns);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var q in store.ReadQuotes())
        {
            csv.WriteRow(
                q.ArticleId, q.Text, q.Start.ToString(c), q.End.ToString(c), q.SpeakerName, q.SpeakerCode, q.CueText,
                q.SpeakerCountry, q.SpeakerText, q.SpeakerStart?.ToString(c), q.SpeakerEnd?.ToString(c), q.Id, q.Kind, q.CueLemma,
                q.CueStart?.ToString(c), q.CueEnd?.ToString(c), q.Confidence.ToString(c), q.Attribution);
            count++;
        }

        return count;
    }

    private static int WriteJsonl<T>(IEnumerable<T> items, Action<System.Text.Json.Utf8JsonWriter, T> write, Stream stream)
    {
        var count = 0;
        using var lines = new JsonLinesWriter(stream);
        foreach (var item in items)
        {
            lines.WriteLine(w => write(w, item));
            count++;
        }

        return count;
    }

    private static int WriteCsv(DyadStore store, Stream stream)
    {
        var count = 0;
        using var text = new StreamWriter(stream, new UTF8Encoding(false));
        var csv = new CsvWriter(text);
        csv.WriteRow(ArticleColumns);
        foreach (var a in store.ReadArticles())
        {
            var m = a.Metadata;
            csv.WriteRow(
                a.Id, a.Path, m.Title?.Value, m.Source?.Value, m.Author?.Value, m.Dateline?.Value.Text,
                m.Published?.Value.ToString(), m.Published?.Evidence.Text, a.DuplicateOf, a.Text,
                a.Name, m.Url?.Value, a.Format, a.Encoding, a.DuplicateKind,
                m.Published?.Value.Precision.ToString().ToLowerInvariant(), m.Published?.Evidence.Method);
            count++;
        }

        return count;
    }
}
