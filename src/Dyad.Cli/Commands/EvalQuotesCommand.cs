using System.CommandLine;
using System.Text.Json;
using Dyad.Evaluation.Quotes;
using Dyad.Language.Pipeline;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval quotes</c>: quote extraction against PolNeAR attributions (train or dev; never test).</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("polnear/ and te3-silver-wire-sample/");
        var split = new Option<string>("--split")
        {
            Description = "The PolNeAR split to score: dev (the reported figure) or train.",
            DefaultValueFactory = _ => "dev",
            HelpName = "dev|train",
        };
        split.AcceptOnlyFromAmong("dev", "train");
        var speed = new Option<bool>("--speed")
        {
            Description = "Also time the extractor alone over te3-silver-wire-sample/articles.jsonl under --data.",
        };
        var errors = new Option<FileInfo?>("--errors")
        {
            Description = "Write every error to this file, one tab-separated line each: missed gold, false prediction, partial content, wrong speaker.",
        };
        var command = new Command("quotes", "Quotes on PolNeAR: content (exact, overlap), cue and source F1, speaker accuracy, recall by kind.")
        {
            data, split, speed, errors,
        };
        command.SetAction(result =>
        {
            var polnear = Path.Combine(result.GetValue(data)!, "polnear");
            if (CommonOptions.Missing(polnear))
            {
                return 1;
            }

            var articles = PolNearCorpus.Read(polnear, result.GetValue(split)!);
            using var errorWriter = result.GetValue(errors) is { } errorFile ? new StreamWriter(errorFile.FullName) : null;
            Console.WriteLine(QuoteEvaluation.Run(articles, result.GetValue(split)!, LanguagePipeline.Default, errorWriter).ToMarkdown());
            if (result.GetValue(speed))
            {
                var wire = Path.Combine(result.GetValue(data)!, "te3-silver-wire-sample", "articles.jsonl");
                if (CommonOptions.Missing(wire))
                {
                    return 1;
                }

#if DEBUG
                Consoles.Error.MarkupLine("[yellow]warning:[/] this is a Debug build; run with -c Release for real numbers.");
#endif
                var texts = new List<string>();
                foreach (var line in File.ReadLines(wire))
                {
                    using var json = JsonDocument.Parse(line);
                    if (json.RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text)
                    {
                        texts.Add(text);
                    }
                }

                Console.WriteLine(QuoteThroughput.Measure(texts, LanguagePipeline.Default));
            }

            return 0;
        });
        return command;
    }
}
