using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Cli.Running;
using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval dating</c>: inferred publication dates on te3-silver-wire-sample with the stated date withheld, scored
/// against it: once with nothing stated, once with the dateline's day and month but not its year ("May 24").
/// </summary>
internal static class EvalDatingCommand
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static Command Create()
    {
        var data = CommonOptions.SharedData("te3-silver-wire-sample/");
        var command = new Command("dating", "Inferred publication dates on te3-silver-wire-sample with dct withheld: coverage and accuracy at the precision inferred; wrong ones listed.")
        {
            data,
        };
        command.SetAction(result =>
        {
            var file = Path.Combine(result.GetValue(data)!, "te3-silver-wire-sample", "articles.jsonl");
            if (CommonOptions.Missing(file))
            {
                return 1;
            }

            Console.WriteLine(Run(file));
            return 0;
        });
        return command;
    }

    /// <summary>Scores both settings over the articles of <paramref name="file"/>; Markdown.</summary>
    internal static string Run(string file)
    {
        var articles = new List<(string Id, DateOnly Dct, PartialDate? DatelineDay, string Text)>();
        foreach (var line in File.ReadLines(file))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            if (root.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } headline)
            {
                text = headline + "\n\n" + text;
            }

            articles.Add((root.GetProperty("docid").GetString()!,
                DateOnly.ParseExact(root.GetProperty("dct").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                root.TryGetProperty("dateline", out var d) ? MonthDay(d.GetString() ?? string.Empty) : null, text));
        }

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Inferred publication dates, {articles.Count} articles of te3-silver-wire-sample, dct withheld");
        md.AppendLine();
        md.AppendLine("| stated | articles | dated | day | month | year | right | accuracy | coverage (right / all) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var wrong = new List<string>();
        int summits = 0, texts = 0, titles = 0;
        foreach (var withDay in (bool[])[false, true])
        {
            int dated = 0, right = 0, days = 0, months = 0, years = 0, scored = 0;
            foreach (var (id, dct, datelineDay, text) in articles)
            {
                var stated = withDay ? datelineDay : null;
                if (withDay && stated is null)
                {
                    continue;
                }

                scored++;
                var annotated = LanguagePipeline.Default.Annotate(text, stated);
                var quotes = EventExtractor.WithGroupSpeakers(annotated, QuoteExtractor.Extract(annotated));
                var events = EventExtractor.Default.Extract(annotated, quotes);
                if (!withDay)
                {
                    summits += PublicationDating.Clues(annotated, events).Count > 0 ? 1 : 0;
                    texts += PublicationDating.MentionClues(annotated).Count > 0 ? 1 : 0;
                    titles += PublicationDating.TitleClues(annotated).Count > 0 ? 1 : 0;
                }

                if (PublicationDating.Infer(stated, annotated, events) is not { } inferred)
                {
                    continue;
                }

                dated++;
                var date = inferred.Value;
                days += date.Precision == DatePrecision.Day ? 1 : 0;
                months += date.Precision == DatePrecision.Month ? 1 : 0;
                years += date.Precision == DatePrecision.Year ? 1 : 0;
                var ok = date.Year == dct.Year && (date.Month is null || date.Month == dct.Month) && (date.Day is null || date.Day == dct.Day);
                if (ok)
                {
                    right++;
                }
                else
                {
                    wrong.Add($"- {(withDay ? "day and month" : "nothing")}: {id} (dct {dct:yyyy-MM-dd}) inferred {date}: {inferred.Evidence.Method}");
                }
            }

            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {(withDay ? "the dateline's day and month" : "nothing")} | {scored} | {dated} | {days} | {months} | {years} | {right} | {Ratio(right, dated)} | {Ratio(right, scored)} |");
        }

        md.AppendLine(SharedEventsRow(file, articles.Select((a, i) => (a.Id, i, a.Dct)).ToDictionary(a => a.Id, a => (a.i, a.Dct)), wrong));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Articles with at least one clue: summit {summits}, dated expression told as past or ahead {texts}, role title {titles}.");
        md.AppendLine();
        md.AppendLine(wrong.Count == 0 ? "No wrong dates." : "Wrong dates:");
        foreach (var w in wrong)
        {
            md.AppendLine(w);
        }

        return md.ToString();
    }

    /// <summary>
    /// The row of the run with shared events: every other article (the 2nd, 4th, ...) loses its dct, all go through
    /// <c>dyad run</c> into a temporary store (text clues, then linking and the events shared with the dated half of
    /// the other outlet), and the withheld ones are scored.
    /// </summary>
    private static string SharedEventsRow(string file, Dictionary<string, (int Index, DateOnly Dct)> byName, List<string> wrong)
    {
        var dir = Directory.CreateTempSubdirectory("dyad-eval-dating-");
        try
        {
            var input = Path.Combine(dir.FullName, "half.jsonl");
            using (var writer = new StreamWriter(input))
            {
                var n = 0;
                foreach (var line in File.ReadLines(file))
                {
                    var record = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
                    if (n++ % 2 == 1)
                    {
                        record.Remove("dct");
                        record.Remove("dateline");
                    }

                    writer.WriteLine(record.ToJsonString());
                }
            }

            using (var store = Dyad.Storage.DyadStore.Open(Path.Combine(dir.FullName, "eval.db")))
            {
                var runner = new IngestRunner(Pipelines.CreatePreparer, new Dyad.Ingest.IngestOptions());
                runner.RunAsync([input], store, SilentProgress.Instance, CancellationToken.None).GetAwaiter().GetResult();
                int withheld = 0, dated = 0, right = 0, days = 0, months = 0, years = 0, shared = 0;
                foreach (var a in store.ReadArticles())
                {
                    // JSONL records are named by their docid.
                    if (!byName.TryGetValue(a.Name, out var known) || known.Index % 2 == 0)
                    {
                        continue;
                    }

                    withheld++;
                    if (a.Metadata.Published is not { Evidence.Inferred: true } inferred)
                    {
                        continue;
                    }

                    dated++;
                    var (date, dct) = (inferred.Value, known.Dct);
                    days += date.Precision == DatePrecision.Day ? 1 : 0;
                    months += date.Precision == DatePrecision.Month ? 1 : 0;
                    years += date.Precision == DatePrecision.Year ? 1 : 0;
                    var usesShared = inferred.Evidence.Method.Contains("shared event:", StringComparison.Ordinal);
                    shared += usesShared ? 1 : 0;
                    if (date.Year == dct.Year && (date.Month is null || date.Month == dct.Month) && (date.Day is null || date.Day == dct.Day))
                    {
                        right++;
                    }
                    else
                    {
                        wrong.Add($"- every other withheld: {a.Name} (dct {dct:yyyy-MM-dd}) inferred {date}: {inferred.Evidence.Method}");
                    }
                }

                return string.Create(CultureInfo.InvariantCulture,
                    $"| nothing, every other article withheld, through `dyad run` (shared events: {shared}) | {withheld} | {dated} | {days} | {months} | {years} | {right} | {Ratio(right, dated)} | {Ratio(right, withheld)} |");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The first "Month D" of a dateline ("BEIJING, Nov. 9 , 2005 (Xinhua)" gives 9 November), year left out.</summary>
    internal static PartialDate? MonthDay(string dateline)
    {
        var words = dateline.Split([' ', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var month = words[i].Length >= 3 && char.IsUpper(words[i][0]) ? Array.IndexOf(Months, words[i][..3].ToLowerInvariant()) + 1 : 0;
            if (month > 0 && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && PartialDate.TryCreate(null, month, day, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
