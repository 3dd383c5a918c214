using System.CommandLine;
using System.Globalization;
using Dyad.Events.Dictionaries;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad dictionaries DIR</c>: loads a PETRARCH-2 / Phoenix dictionary folder and reports what it holds, how long it
/// took and every line it could not read (file:line: reason). Exit 0 when it loaded (diagnostics or not), 2 when
/// the folder is missing.
/// </summary>
internal static class DictionariesCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The dictionary folder (a PETR_config.ini there, or in ../config, chooses the files; else they are found by name)." };
        var config = new Option<string?>("--config") { Description = "A PETRARCH config whose [Dictionaries] section names the files.", HelpName = "FILE" };
        var strict = new Option<bool>("--strict") { Description = "Read exactly as PETRARCH does: no joining of code-less actor lines into the record that follows." };
        var max = new Option<int>("--max-diagnostics")
        {
            Description = "Print at most this many diagnostics (all are counted).",
            DefaultValueFactory = _ => 200,
            HelpName = "N",
        };
        var command = new Command("dictionaries", "Load PETRARCH/Phoenix dictionaries (actors, agents, verbs, discards, issues): counts, load time and diagnostics.")
        {
            dir, config, strict, max,
        };
        command.SetAction(result =>
        {
            var folder = result.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] no dictionary folder at {folder}");
                return 2;
            }

            var configFile = result.GetValue(config);
            if (configFile is not null && !File.Exists(configFile))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] no config file at {configFile}");
                return 2;
            }

            var d = PetrarchDictionaries.Load(folder, new PetrarchLoadOptions { ConfigFile = configFile, Strict = result.GetValue(strict) });
            Write(d, Math.Max(0, result.GetValue(max)));
            return 0;
        });
        return command;
    }

    private static void Write(PetrarchDictionaries d, int maxDiagnostics)
    {
        var c = d.Counts;
        var counts = new Table().Border(TableBorder.Rounded).AddColumn("kind").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, n) in new (string, int)[]
        {
            ("actors", c.Actors), ("actor names", c.ActorNames), ("actor codes (dated or default)", c.DatedCodes),
            ("agents", c.Agents), ("verb blocks", c.VerbBlocks), ("verbs", c.Verbs), ("verb patterns", c.Patterns),
            ("synsets", c.Synsets), ("transformations", c.Transformations), ("discards", c.Discards),
            ("issues", c.Issues), ("prepositions", c.Prepositions),
        })
        {
            counts.AddRow(kind, n.ToString("N0", CultureInfo.InvariantCulture));
        }

        Consoles.Out.Write(counts);
        var files = new Table().Border(TableBorder.Rounded).AddColumn("file").AddColumn("read as")
            .AddColumn(new TableColumn("entries").RightAligned()).AddColumn(new TableColumn("diagnostics").RightAligned()).AddColumn(new TableColumn("ms").RightAligned());
        foreach (var f in d.FileSummaries)
        {
            files.AddRow(
                Markup.Escape(Path.GetFileName(f.Path)),
                f.Kind.ToString().ToLowerInvariant(),
                f.Entries.ToString("N0", CultureInfo.InvariantCulture),
                f.Diagnostics.ToString(CultureInfo.InvariantCulture),
                f.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        }

        Consoles.Out.Write(files);
        var errors = d.Diagnostics.Count(x => x.Severity == DiagnosticSeverity.Error);

        // Plain lines, never wrapped or coloured, so that "file:line: reason" can be grepped and clicked.
        var ms = d.LoadTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        Console.Out.WriteLine($"Loaded {d.FileSummaries.Count} files in {ms} ms; {d.Diagnostics.Count} diagnostics ({errors} errors: skipped; {d.Diagnostics.Count - errors} warnings: read with a repair or a note).");
        foreach (var x in d.Diagnostics.Take(maxDiagnostics))
        {
            Console.Out.WriteLine(x.ToString());
        }

        if (d.Diagnostics.Count > maxDiagnostics)
        {
            Console.Out.WriteLine($"... and {d.Diagnostics.Count - maxDiagnostics} more (--max-diagnostics).");
        }
    }
}
