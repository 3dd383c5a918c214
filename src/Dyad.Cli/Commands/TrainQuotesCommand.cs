using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Dyad.Evaluation.Quotes;
using Dyad.Language.Pipeline;
using Dyad.Quotes;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train quotes</c>: rebuilds the quote model from PolNeAR train (never test; dev only with <c>--tune</c>).</summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("polnear/train");
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("src", "Dyad.Quotes", "Models", "quotes.bin"),
            HelpName = "FILE",
        };
        var defaults = new QuoteTrainingOptions();
        var iterations = CommonOptions.Iterations(defaults.Iterations, "Training passes.");
        var seed = CommonOptions.Seed(defaults.Seed);
        var threshold = new Option<float>("--threshold")
        {
            Description = "The margin a candidate needs to be kept.",
            DefaultValueFactory = _ => defaults.Threshold,
        };
        var tune = new Option<string?>("--tune")
        {
            Description = "Comma-separated thresholds: score PolNeAR dev and train with each (and the rules alone) instead of only writing the model.",
            HelpName = "T1,T2,...",
        };
        var command = new Command("quotes", "Train the quote model (averaged perceptron over the rules' candidates from cues outside their table) on PolNeAR train.")
        {
            data, output, iterations, seed, threshold, tune,
        };
        command.SetAction(result =>
        {
            var polnear = Path.Combine(result.GetValue(data)!, "polnear");
            if (CommonOptions.Missing(polnear))
            {
                return 1;
            }

            var train = PolNearCorpus.Read(polnear, "train");
            var pipeline = LanguagePipeline.Default;
            var articles = new List<QuoteTrainingArticle>(train.Count);
            foreach (var article in train)
            {
                var gold = ImmutableArray.CreateBuilder<QuoteTrainingAttribution>(article.Attributions.Length);
                foreach (var a in article.Attributions)
                {
                    gold.Add(new QuoteTrainingAttribution(a.Cue, a.Content));
                }

                articles.Add(new QuoteTrainingArticle(pipeline.Annotate(article.Text), gold.ToImmutable()));
            }

            var options = defaults with { Iterations = result.GetValue(iterations), Seed = result.GetValue(seed), Threshold = result.GetValue(threshold) };
            var model = QuoteModelTrainer.Train(articles, options, message => Console.Error.WriteLine(message));
            Console.Error.WriteLine($"{model.FeatureCount:N0} features.");
            if (result.GetValue(tune) is { } list)
            {
                var dev = PolNearCorpus.Read(polnear, "dev");
                Console.WriteLine("| threshold | split | content P / R / F1 | source P / R / F1 | cue P / R / F1 |");
                Console.WriteLine("|---|---|---|---|---|");
                Report("rules", "dev", dev, null);
                Report("rules", "train", train, null);
                foreach (var t in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var tuned = model.WithThreshold(float.Parse(t, CultureInfo.InvariantCulture));
                    Report(t, "dev", dev, tuned);
                    Report(t, "train", train, tuned);
                }
            }

            return CommonOptions.WriteModel(result.GetValue(output)!, model.Save);
        });
        return command;
    }

    private static void Report(string label, string split, IReadOnlyList<PolNearArticle> articles, QuoteModel? model)
    {
        var report = QuoteEvaluation.Run(articles, split, LanguagePipeline.Default, extract: annotated => QuoteExtractor.ExtractWith(annotated, model));
        static string Row(QuoteScore s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:F3} / {s.Recall:F3} / {s.F1:F3}");
        Console.WriteLine($"| {label} | {split} | {Row(report.Score(QuoteEvaluation.ContentOverlap))} | {Row(report.Score(QuoteEvaluation.SourceOverlap))} | {Row(report.Score(QuoteEvaluation.CueOverlap))} |");
    }
}
