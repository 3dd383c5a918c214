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
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("src", "Dyad.Language", "Models", "ner.bin"),
            HelpName = "FILE",
        };
        var iterations = new Option<int>("--iterations") { Description = "Training passes of each stage.", DefaultValueFactory = _ => defaults.Iterations };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling between passes.", DefaultValueFactory = _ => defaults.Seed };
        var command = new Command("ner", "Train the two-stage named-entity tagger on CoNLL-2003 eng.train; logs eng.testa F1 per pass.")
        {
            data, output, iterations, seed,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(data)!;
            var train = Path.Combine(dir, "conll2003", "eng.train");
            var dev = Path.Combine(dir, "conll2003", "eng.testa");
            if (!File.Exists(train))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {train} not found (pass --data DIR).");
                return 1;
            }

            var options = defaults with
            {
                Iterations = result.GetValue(iterations),
                Seed = result.GetValue(seed),
                DevelopmentFile = File.Exists(dev) ? dev : null,
            };
            var tagger = EntityTraining.Train(train, options, message => Console.Error.WriteLine(message));
            var outPath = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var stream = File.Create(outPath))
            {
                tagger.Save(stream);
            }

            Consoles.Error.MarkupLineInterpolated($"Wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes).");
            return 0;
        });
        return command;
    }
}
