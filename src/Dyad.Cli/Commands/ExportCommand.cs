using System.CommandLine;
using System.Text;
using Dyad.Cli.Output;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export articles --db FILE --format jsonl|csv [--out FILE]</c>.</summary>
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
            Description = "What to export: articles. (events, mentions and quotes arrive with event coding.)",
        };
        what.AcceptOnlyFromAmong("articles");
        var db = CommonOptions.Db(mustExist: true);
        var format = CommonOptions.Format("jsonl", "csv");
        var output = CommonOptions.Out();
        var command = new Command("export", "Export the store's contents as JSON lines or CSV.") { what, db, format, output };
        command.SetAction(result =>
        {
            var dbPath = result.GetValue(db)!;
            var outPath = result.GetValue(output);
            try
            {
                using var store = DyadStore.Open(dbPath);
                using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                var count = result.GetValue(format) == "csv" ? WriteCsv(store, stream) : WriteJsonl(store, stream);
                if (outPath is not null)
                {
                    Consoles.Error.MarkupLineInterpolated($"Wrote {count} articles to {outPath}.");
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

    private static int WriteJsonl(DyadStore store, Stream stream)
    {
        var count = 0;
        using var lines = new JsonLinesWriter(stream);
        foreach (var a in store.ReadArticles())
        {
            lines.WriteLine(w => ArticleJson.WriteStored(w, a));
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
