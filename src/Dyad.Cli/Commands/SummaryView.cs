using System.Globalization;
using Dyad.Cli.Running;
using Dyad.Core;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>The table printed at the end of a run.</summary>
internal static class SummaryView
{
    private const int FailuresShown = 50;

    public static void Render(IAnsiConsole console, RunSummary s, DyadStore store)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("dyad run").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("input files", N(s.Files) + $" ({s.Bytes / 1024.0 / 1024.0:0.0} MB)");
        if (s.SkippedFiles > 0)
        {
            table.AddRow("files skipped (not an input format)", N(s.SkippedFiles));
        }

        table.AddRow("articles read", N(s.ArticlesRead));
        table.AddRow("new articles stored", N(s.Stored));
        table.AddRow("already in the store", N(s.AlreadyStored));
        table.AddRow("repeated inputs (same raw content)", N(s.RepeatedInputs));
        table.AddRow("exact duplicates", N(s.ExactDuplicates));
        table.AddRow("near duplicates", N(s.NearDuplicates));
        table.AddRow("event mentions coded", N(s.EventMentions));
        table.AddRow("quotes stored", N(s.Quotes));
        if (s.Linking is { } linking)
        {
            table.AddRow("mentions linked into events", N(linking.LinkedMentions));
            table.AddRow("events in the store (new or changed)", $"{N(linking.Events)} ({N(linking.Changed)})");
        }
        table.AddRow("empty after cleaning", N(s.EmptyTexts));
        table.AddRow("titles found", N(s.TitlesFound));
        table.AddRow("outlets found", N(s.OutletsFound));
        table.AddRow("publication dates found", N(s.DatesFound.Values.Sum()) + DateBreakdown(s));
        table.AddRow(s.Failures.Count > 0 ? "[red]failures[/]" : "failures", N(s.Failures.Count));
        table.AddRow(s.Warnings.Count > 0 ? "[yellow]warnings[/]" : "warnings", N(s.Warnings.Count));
        table.AddRow("time", $"{s.Elapsed.TotalSeconds:0.00} s");
        var (articles, duplicates) = store.CountArticles();
        table.Caption($"{store.Path}: {articles} articles, {duplicates} of them duplicates");
        console.Write(table);
        if (s.Linking is { } l)
        {
            // One plain line a script can grep.
            Console.Out.WriteLine(l.ToString());
        }

        if (s.Failures.Count + s.Warnings.Count > 0)
        {
            // Plain lines, never wrapped: one per problem, easy to read and to grep in a log.
            console.WriteLine();
            foreach (var f in s.Failures.Take(FailuresShown))
            {
                Console.Out.WriteLine($"failed   {f.Locator}: {f.Reason}");
            }

            foreach (var w in s.Warnings.Take(Math.Max(0, FailuresShown - s.Failures.Count)))
            {
                Console.Out.WriteLine($"warning  {w.Locator}: {w.Reason}");
            }

            var more = s.Failures.Count + s.Warnings.Count - FailuresShown;
            if (more > 0)
            {
                Console.Out.WriteLine($"... and {more} more (all are in the store's failures table)");
            }
        }

        if (s.Cancelled)
        {
            console.MarkupLine("[yellow]Cancelled: everything read before the interruption is stored; run again to finish.[/]");
        }
    }

    private static string DateBreakdown(RunSummary s)
    {
        if (s.DatesFound.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (var (precision, label) in new[] { (DatePrecision.Day, "full"), (DatePrecision.Month, "month"), (DatePrecision.Year, "year"), (DatePrecision.MonthDay, "day and month") })
        {
            if (s.DatesFound.TryGetValue(precision, out var n))
            {
                parts.Add($"{n} {label}");
            }
        }

        return " (" + string.Join(", ", parts) + ")";
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
