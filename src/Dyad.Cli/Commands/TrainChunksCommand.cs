using System.CommandLine;
using Dyad.Language;
using Dyad.Language.Chunking;
using Dyad.Language.Tagging;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train chunks</c>: rebuilds the chunk model from CoNLL-2003 eng.train.</summary>
internal static class TrainChunksCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("conll2003/eng.train and eng.testa");
        var output = CommonOptions.ModelOut("chunk.bin");
        var defaults = new ChunkTrainingOptions();
        var iterations = CommonOptions.Iterations(defaults.Sequence.Iterations, "Training passes.");
        var seed = CommonOptions.Seed(defaults.Sequence.Seed);
        var folds = new Option<int>("--pos-folds")
        {
            Description = "0: train on the gold part-of-speech column; N >= 2: on tags jackknifed over N folds.",
            DefaultValueFactory = _ => defaults.PosFolds,
        };
        var contextMin = new Option<int>("--context-min-count")
        {
            Description = "How often a part-of-speech context must occur in training for its chunk label to be taken without scoring (0: never).",
            DefaultValueFactory = _ => defaults.ContextMinCount,
        };
        var contextPurity = new Option<double>("--context-purity")
        {
            Description = "The share of a context's occurrences its commonest label must take to be taken without scoring.",
            DefaultValueFactory = _ => defaults.ContextPurity,
        };
        var command = new Command("chunks", "Train the chunker (averaged perceptron, BIO labels) on CoNLL-2003 eng.train; logs eng.testa label accuracy per pass.")
        {
            data, output, iterations, seed, folds, contextMin, contextPurity,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryConll(result.GetValue(data)!, out var train, out var dev))
            {
                return 1;
            }

            var options = defaults with
            {
                Sequence = defaults.Sequence with { Iterations = result.GetValue(iterations), Seed = result.GetValue(seed) },
                PosFolds = result.GetValue(folds),
                ContextMinCount = result.GetValue(contextMin),
                ContextPurity = result.GetValue(contextPurity),
                DevelopmentFile = dev,
                DevelopmentTagger = File.Exists(dev) ? LanguageModels.Pos : null,
            };
            var chunker = ChunkTraining.Train(train, options, message => Console.Error.WriteLine(message));
            var outPath = result.GetValue(output)!;
            return CommonOptions.WriteModel(outPath, stream => chunker.Save(stream));
        });
        return command;
    }
}
