using System.CommandLine;
using System.Globalization;
using Dyad.Cleaning.Html;
using Dyad.Evaluation.Html;
using Dyad.Evaluation.Language;
using Dyad.Language;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval html</c>: scores Dyad on public benchmarks and prints Markdown.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The trafilatura evaluation folder (evaldata_english_subset.json and html/).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "trafilatura-eval"),
            HelpName = "DIR",
        };
        var worst = new Option<int>("--worst") { Description = "List this many worst pages.", DefaultValueFactory = _ => 15 };
        var html = new Command("html", "HTML main-text extraction on the trafilatura evaluation set: snippets that must and must not appear.")
        {
            data, worst,
        };
        html.SetAction(result =>
        {
            var dir = result.GetValue(data)!;
            if (CommonOptions.Missing(dir))
            {
                return 1;
            }

            var report = HtmlExtractionEvaluation.Run(dir, new HtmlExtractor());
            Console.WriteLine(report.ToMarkdown(result.GetValue(worst)));
            return 0;
        });
        return new Command("eval", "Score Dyad on evaluation sets; prints Markdown.") { html, Sentences(), Pos(), EvalChunksCommand.Create(), EvalTimexCommand.Create(), EvalNerCommand.Create(), EvalEventsCommand.Create(), EvalPetrarchCommand.Create(), EvalQuotesCommand.Create(), EvalLinkingCommand.Create(), EvalDatingCommand.Create() };
    }

    private static Command Sentences()
    {
        var data = CommonOptions.SharedData("conll2003/eng.testa");
        var file = new Option<string>("--file") { Description = "The CoNLL file to score, under --data.", DefaultValueFactory = _ => "eng.testa", HelpName = "NAME" };
        var errors = new Option<bool>("--errors") { Description = "Also print the ceiling evidence (gold boundaries inside sentences of the original, ambiguous straight quotes) and list every missed and wrong boundary with its context, counted by category." };
        var folds = new Option<int>("--cross-validate") { Description = "Instead of the shipped model, score models trained on all but one of K interleaved folds of the file's documents, each on its held-out fold, and list their errors.", HelpName = "K" };
        var command = new Command("sentences", "Sentence boundaries on CoNLL-2003 (each document's tokens joined with spaces, split, compared).") { data, file, errors, folds };
        command.SetAction(result =>
        {
            var path = Path.Combine(result.GetValue(data)!, "conll2003", result.GetValue(file)!);
            if (CommonOptions.Missing(path))
            {
                return 1;
            }

            if (result.GetValue(folds) is > 1 and var k)
            {
                var (score, listing) = SentenceEvaluation.CrossValidate(JoinedDocument.ReadConll(path), k);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validation on `{Path.GetFileName(path)}`: gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct}, P {score.Precision:0.0000}, R {score.Recall:0.0000}, F1 {score.F1:0.0000}"));
                Console.WriteLine();
                Console.WriteLine(listing);
                return 0;
            }

            Console.WriteLine(SentenceEvaluation.Run(path, LanguageModels.Sentences).ToMarkdown());
            if (result.GetValue(errors))
            {
                var documents = JoinedDocument.ReadConll(path);
                Console.WriteLine(SentenceEvaluation.Ceiling(documents));
                Console.WriteLine(SentenceEvaluation.Errors(documents, LanguageModels.Sentences));
            }

            var wire = Path.Combine(result.GetValue(data)!, "te3-silver-wire-sample", "articles.jsonl");
            if (File.Exists(wire))
            {
                var texts = new List<string>();
                foreach (var line in File.ReadLines(wire))
                {
                    using var json = System.Text.Json.JsonDocument.Parse(line);
                    if (json.RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text)
                    {
                        texts.Add(text);
                    }
                }

                Console.WriteLine("Rules against rules + model on news text with its line breaks (te3-silver-wire-sample):");
                Console.WriteLine();
                Console.WriteLine(SentenceEvaluation.CompareWithRules(texts, LanguageModels.Sentences));
            }

            return 0;
        });
        return command;
    }

    private static Command Pos()
    {
        var data = CommonOptions.SharedData("conll2003/eng.testa");
        var model = new Option<string?>("--model") { Description = "A model file from 'dyad train pos' (default: the one shipped).", HelpName = "FILE" };
        var command = new Command("pos", "Part-of-speech accuracy on CoNLL-2003 eng.testa (the development set).") { data, model };
        command.SetAction(result =>
        {
            var file = Path.Combine(result.GetValue(data)!, "conll2003", "eng.testa");
            if (CommonOptions.Missing(file))
            {
                return 1;
            }

            var tagger = CommonOptions.ModelOrShipped(result.GetValue(model), PosTagger.Load, () => LanguageModels.Pos);

            Console.WriteLine(PosEvaluation.Evaluate(tagger, file).ToMarkdown());
            return 0;
        });
        return command;
    }
}
