using System.CommandLine;
using System.Globalization;
using Dyad.Events.Codebook;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad codebook [CODE]</c>: the shipped CAMEO codebook, whole or one code with its parents and children.</summary>
internal static class CodebookCommand
{
    public static Command Create()
    {
        var code = new Argument<string?>("CODE") { Description = "A CAMEO event code such as 042 or 0874; all codes when left out.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("codebook", "Print the CAMEO event codebook: code, name, QuadClass, Goldstein score and PLOVER type.")
        {
            code,
        };
        command.SetAction(result =>
        {
            var book = CameoCodebook.Default;
            var text = result.GetValue(code);
            if (text is null)
            {
                Consoles.Out.Write(Table(book, book.All));
                return 0;
            }

            if (!CameoCode.TryParse(text, out var c) || book.Find(c) is null)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] '{text}' is not a CAMEO event code in the codebook (2-4 digits, root 01-20).");
                return 1;
            }

            var lineage = new List<CameoEvent>();
            for (CameoCode? p = c; p is { } current; p = current.Parent)
            {
                lineage.Insert(0, book.Find(current)!);
            }

            lineage.AddRange(book.All.Where(e => e.Code != c && e.Code.IsWithin(c)));
            Consoles.Out.Write(Table(book, lineage));
            return 0;
        });
        return command;
    }

    private static Table Table(CameoCodebook book, IEnumerable<CameoEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("code").AddColumn("name").AddColumn("quad")
            .AddColumn(new TableColumn("goldstein").RightAligned()).AddColumn("plover");
        foreach (var e in events)
        {
            var plover = book.Plover(e.Code);
            var ploverText = plover is null ? "" : plover.Type + (plover.Mode is null ? "" : "/" + plover.Mode) + (plover.Contexts.IsEmpty ? "" : " (" + string.Join(", ", plover.Contexts) + ")");
            table.AddRow(
                e.Code.Value,
                Markup.Escape(e.Name),
                ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture),
                e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(ploverText));
        }

        return table;
    }
}
