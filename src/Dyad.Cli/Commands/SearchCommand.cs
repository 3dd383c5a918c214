using System.CommandLine;
using System.Globalization;
using Dyad.Cli.Output;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad search "QUERY" --db FILE</c>: ranked full-text search with snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words to find; FTS5 syntax works too: \"exact phrase\", AND, OR, NOT, NEAR(a b, 5), prefix*, title:word.",
        };
        var db = CommonOptions.Db(mustExist: true);
        var limit = new Option<int>("--limit", "-n") { Description = "How many results.", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format("table", "jsonl");
        var command = new Command("search", "Full-text search over the stored articles, best matches first, duplicates left out.")
        {
            query, db, limit, format,
        };
        command.SetAction(result =>
        {
            try
            {
                using var store = DyadStore.Open(result.GetValue(db)!);
                var hits = store.Search(result.GetValue(query)!, Math.Max(1, result.GetValue(limit)));
                if (result.GetValue(format) == "jsonl")
                {
                    WriteJsonl(hits);
                }
                else
                {
                    WriteTable(hits);
                }

                return hits.Count > 0 ? 0 : 1;
            }
            catch (Exception ex) when (ex is StoreException or ArgumentException or Microsoft.Data.Sqlite.SqliteException)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Consoles.Error.MarkupLine("No matches.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("score").AddColumn("article").AddColumn("match");
        var rank = 0;
        foreach (var h in hits)
        {
            rank++;
            var title = h.Title ?? h.Path;
            var snippet = Markup.Escape(h.Snippet).Replace("⟦", "[bold yellow]", StringComparison.Ordinal).Replace("⟧", "[/]", StringComparison.Ordinal);
            table.AddRow(
                new Text(rank.ToString(CultureInfo.InvariantCulture)),
                new Text(h.Score.ToString("0.00", CultureInfo.InvariantCulture)),
                new Markup($"[bold]{Markup.Escape(title)}[/]\n{Markup.Escape(h.Published ?? "undated")} · {Markup.Escape(h.Id)}\n[grey]{Markup.Escape(h.Path)}[/]"),
                new Markup(snippet));
        }

        Consoles.Out.Write(table);
    }

    private static void WriteJsonl(IReadOnlyList<SearchHit> hits)
    {
        using var stdout = Console.OpenStandardOutput();
        using var lines = new JsonLinesWriter(stdout);
        foreach (var h in hits)
        {
            lines.WriteLine(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", h.Id);
                w.WriteString("title", h.Title);
                w.WriteString("path", h.Path);
                w.WriteString("published", h.Published);
                w.WriteNumber("score", h.Score);
                w.WriteString("snippet", h.Snippet);
                w.WriteEndObject();
            });
        }
    }
}
