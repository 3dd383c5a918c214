using System.CommandLine;
using Dyad.Language.Entities;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train ner</c>: rebuilds the committed entity model from the shared data, byte for byte.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var defaults = new EntityTrainingOptions();
        var data = CommonOptions.SharedData("conll2003/eng.train and eng.testa");
        var output = CommonOptions.ModelOut("ner.bin");
        var iterations = CommonOptions.Iterations(defaults.Iterations, "Training passes of each stage.");
        var seed = CommonOptions.Seed(defaults.Seed);
        var command = new Command("ner", "Train the two-stage named-entity tagger on CoNLL-2003 eng.train; logs eng.testa F1 per pass.")
        {
            data, output, iterations, seed,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryConll(result.GetValue(data)!, out var train, out var dev))
            {
                return 1;
            }

            var options = defaults with
            {
                Iterations = result.GetValue(iterations),
                Seed = result.GetValue(seed),
                DevelopmentFile = dev,
            };
            var tagger = EntityTraining.Train(train, options, message => Console.Error.WriteLine(message));
            var outPath = result.GetValue(output)!;
            return CommonOptions.WriteModel(outPath, tagger.Save);
        });
        return command;
    }
}
