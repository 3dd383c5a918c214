using System.CommandLine;
using System.Globalization;
using System.Runtime;
using Dyad.Cleaning.Html;
using Dyad.Cleaning.PlainText;
using Dyad.Cli.Bench;
using Dyad.Evaluation.Html;
using Dyad.Evaluation.Language;
using Dyad.Evaluation.Reuters;
using Dyad.Evaluation.Throughput;
using Dyad.Language.Pipeline;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad bench</c>: throughput of cleaning and HTML extraction, and peak memory of a large ingest.</summary>
/// <remarks>Single-threaded measurements over the shared data sets; build in Release for meaningful numbers.</remarks>
internal static class BenchCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("reuters21578/ and trafilatura-eval/");
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these parts: models, read, ingest, clean, html, tokens, language, events, pipeline, linking (default: all).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PART",
        };
        only.AcceptOnlyFromAmong("models", "read", "ingest", "clean", "html", "tokens", "language", "events", "pipeline", "linking");
        var ingestMb = new Option<int>("--ingest-mb")
        {
            Description = "Size of the generated inputs for the read and ingest tests.",
            DefaultValueFactory = _ => 1024,
            HelpName = "MB",
        };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over each corpus.", DefaultValueFactory = _ => 5 };
        var sampleEvery = new Option<int>("--sample-every")
        {
            Description = "For the pipeline part: sample the managed heap and working set every N articles.",
            DefaultValueFactory = _ => 250,
            HelpName = "N",
        };
        var command = new Command("bench", "Measure throughput (plain-text cleaning, HTML extraction) and the peak memory of a 1 GB ingest.")
        {
            data, only, ingestMb, rounds, sampleEvery,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var dir = result.GetValue(data)!;
            var parts = result.GetValue(only) is { Length: > 0 } p ? p : ["models", "read", "ingest", "clean", "html", "tokens", "language", "events", "pipeline", "linking"];
            var n = Math.Max(1, result.GetValue(rounds));
            var err = Consoles.Error;
            var c = CultureInfo.InvariantCulture;
            var reutersDir = Path.Combine(dir, "reuters21578");
            var htmlDir = Path.Combine(dir, "trafilatura-eval");
#if DEBUG
            err.MarkupLine("[yellow]warning:[/] this is a Debug build; run with -c Release for real numbers.");
#endif
            Console.WriteLine(string.Create(c, $"# dyad bench ({DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC})"));
            Console.WriteLine();

            var failed = false;

            // Reading and ingesting run first, each measuring its own peak RSS, before the other parts load corpora.
            if (parts.Contains("read"))
            {
                var results = ReadBench.Run(result.GetValue(ingestMb) * 1024L * 1024L, m => err.WriteLine(m), cancellationToken);
                Console.WriteLine("## Reading generated inputs (decode, split into articles; no cleaning, no store), one thread");
                Console.WriteLine();
                Console.WriteLine("| Format | Input MB | File MB | Articles | Seconds | MB/s | Peak RSS MB |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
                foreach (var r in results)
                {
                    Console.WriteLine(string.Create(c,
                        $"| {r.Format} | {r.InputBytes / 1024.0 / 1024.0:F0} | {r.FileBytes / 1024.0 / 1024.0:F0} | {r.Articles} | {r.Elapsed.TotalSeconds:F1} | {r.MegabytesPerSecond:F0} | {r.PeakRssBytes / 1024.0 / 1024.0:F0} |"));
                }

                Console.WriteLine();
            }

            if (parts.Contains("ingest"))
            {
                var sources = Directory.Exists(reutersDir)
                    ? ReutersCorpus.Read(reutersDir).Select(a => a.Body).Where(b => b.Length > 200).Take(3000).ToList()
                    : [Dyad.Evaluation.Corpora.GeneratedText.Article(200_000)];
                var r = await IngestMemoryBench.RunAsync(sources, result.GetValue(ingestMb) * 1024L * 1024L,
                    m => err.WriteLine(m), cancellationToken);
                Console.WriteLine("## Ingest of generated JSON lines (read, clean, dedup, store, index), one reader thread + one writer");
                Console.WriteLine();
                Console.WriteLine("| Input MB | Articles | Seconds | MB/s | Peak RSS MB | Store MB |");
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
                Console.WriteLine(string.Create(c,
                    $"| {r.InputBytes / 1024.0 / 1024.0:F0} | {r.Articles} | {r.Elapsed.TotalSeconds:F1} | {r.MegabytesPerSecond:F1} | {r.PeakRssBytes / 1024.0 / 1024.0:F0} | {r.StoreBytes / 1024.0 / 1024.0:F0} |"));
                Console.WriteLine();
            }

            if (parts.Contains("models"))
            {
                // Before any part that runs the language layer, so that each model's load is its first in this process;
                // after reading and ingesting, whose peak memory should not include the models.
                Console.WriteLine("## Loading the shipped language models (first access in the process, embedded resources)");
                Console.WriteLine();
                Console.WriteLine("| Model | Milliseconds |\n|---|---:|");
                foreach (var (model, elapsed) in Dyad.Language.LanguageModels.LoadAll())
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {model} | {elapsed.TotalMilliseconds:F0} |"));
                }

                Console.WriteLine();
            }

            if (parts.Contains("events"))
            {
                var wire = Path.Combine(dir, "te3-silver-wire-sample", "articles.jsonl");
                if (!File.Exists(wire))
                {
                    err.MarkupLineInterpolated($"[red]error:[/] {wire} not found (pass --data DIR).");
                    failed = true;
                }
                else
                {
                    Console.WriteLine("## Text to coded events (language layer, clauses, patterns, coreference, actor codes, attributes), te3-silver-wire-sample, one thread");
                    Console.WriteLine();
                    Console.WriteLine(Dyad.Evaluation.Events.EventThroughput.Measure(Dyad.Evaluation.Events.EventThroughput.ReadWireSample(wire), n));
                }
            }

            if (parts.Contains("pipeline"))
            {
                var political = Path.Combine(reutersDir, "derived_political_subset.jsonl");
                if (!File.Exists(political))
                {
                    err.MarkupLineInterpolated($"[red]error:[/] {political} not found (pass --data DIR).");
                    failed = true;
                }
                else
                {
                    var loadBefore = LoadAverage();
                    var articles = PipelineBench.ReadArticles(political);
                    var (timed, samples) = PipelineBench.Run(articles, Pipelines.CreatePreparer(), n, Math.Max(1, result.GetValue(sampleEvery)), cancellationToken);
                    Console.WriteLine("## The whole per-article pipeline of dyad run (cleaning, language layer, events with actors, quotes with speakers; no reading, no store), Reuters-21578 political subset, one thread");
                    Console.WriteLine();
                    Console.WriteLine(PipelineBench.ToMarkdown(timed, samples, articles.Count));
                    Console.WriteLine($"Load average (1, 5, 15 min) before: {loadBefore}; after: {LoadAverage()}.");
                    Console.WriteLine();
                }
            }

            if (parts.Contains("clean"))
            {
                if (!Directory.Exists(reutersDir))
                {
                    err.MarkupLineInterpolated($"[red]error:[/] {reutersDir} not found (pass --data DIR).");
                    failed = true;
                }
                else
                {
                    var texts = ReutersCorpus.Read(reutersDir).Select(a => a.Body).Where(b => b.Length > 0).ToList();
                    var r = CleaningThroughput.Measure(texts, new PlainTextCleaner(), n);
                    Console.WriteLine("## Plain-text cleaning + metadata (normalise, classify lines, read metadata), Reuters-21578 bodies, one thread");
                    Console.WriteLine();
                    Console.WriteLine(r.ToMarkdown().Replace("Pages", "Articles", StringComparison.Ordinal));
                    var kept = CleaningThroughput.KeptFraction(texts, new PlainTextCleaner());
                    Console.WriteLine(string.Create(c, $"Text kept (non-white-space characters of the bodies copied to the clean text): {kept:P2}"));
                    Console.WriteLine();
                }
            }

            if (parts.Contains("html"))
            {
                if (!Directory.Exists(htmlDir))
                {
                    err.MarkupLineInterpolated($"[red]error:[/] {htmlDir} not found (pass --data DIR).");
                    failed = true;
                }
                else
                {
                    var r = HtmlExtractionEvaluation.MeasureThroughput(htmlDir, new HtmlExtractor(), n);
                    Console.WriteLine("## HTML main-content extraction + metadata, trafilatura-eval pages (decoded in memory), one thread");
                    Console.WriteLine();
                    Console.WriteLine(r.ToMarkdown());
                }
            }

            if (parts.Contains("tokens") || parts.Contains("language"))
            {
                if (!Directory.Exists(reutersDir))
                {
                    err.MarkupLineInterpolated($"[red]error:[/] {reutersDir} not found (pass --data DIR).");
                    failed = true;
                }
                else
                {
                    var texts = ReutersCorpus.Read(reutersDir).Select(a => a.Body).Where(b => b.Length > 0).ToList();
                    if (parts.Contains("tokens"))
                    {
                        var r = LanguageThroughput.MeasureTokensAndSentences(texts, n);
                        Console.WriteLine("## Tokenizer + sentence splitter (rules), Reuters-21578 bodies, one thread");
                        Console.WriteLine();
                        Console.WriteLine(r.ToMarkdown());
                    }

                    if (parts.Contains("language"))
                    {
                        var r = LanguageThroughput.MeasureLayer(texts, LanguagePipeline.Default, Math.Max(1, n / 2));
                        Console.WriteLine("## The language layer, stage by stage, Reuters-21578 bodies, one thread");
                        Console.WriteLine();
                        Console.WriteLine(r.ToMarkdown());
                    }
                }
            }

            if (parts.Contains("linking"))
            {
                // Synthetic mentions (no data needed): the same seed gives the same input on every machine.
                Console.WriteLine("## Linking event mentions into events (Dyad.Linking, synthetic mentions, seed 1), one thread");
                Console.WriteLine();
                Console.WriteLine("| Mentions | Batches | Events | Seconds (wall) | Processor seconds | Mentions/s (wall) | Bytes kept per mention |");
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
                var loadBefore = LoadAverage();
                foreach (var (mentions, batches) in (ReadOnlySpan<(int, int)>)[(100_000, 1), (1_000_000, 1), (1_000_000, 100)])
                {
                    var r = Dyad.Linking.LinkingBenchmark.Run(mentions, seed: 1, batches);
                    Console.WriteLine(string.Create(c,
                        $"| {r.Mentions:N0} | {r.Batches} | {r.Events:N0} | {r.Elapsed.TotalSeconds:F1} | {r.CpuTime.TotalSeconds:F1} | {r.MentionsPerSecond:N0} | {r.BytesPerMention:F0} |"));
                }

                Console.WriteLine();
                Console.WriteLine($"Load average (1, 5, 15 min) before: {loadBefore}; after: {LoadAverage()}.");
                Console.WriteLine();
            }

            return failed ? 2 : 0;
        });
        return command;
    }

    // The machine's load average from /proc/loadavg, to print beside the figures it shaped; "unknown" elsewhere.
    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"{fields[0]}, {fields[1]}, {fields[2]}" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
