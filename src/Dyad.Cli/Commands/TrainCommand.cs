using System.CommandLine;
using Dyad.Evaluation.Language;
using Dyad.Language;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train pos</c>: rebuilds a committed model from the shared data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("conll2003/eng.train and eng.testa");
        var output = CommonOptions.ModelOut("pos.bin");
        var iterations = CommonOptions.Iterations(new SequenceTrainingOptions().Iterations, "Training passes.");
        var seed = CommonOptions.Seed(new SequenceTrainingOptions().Seed);
        var bidirectional = new Option<bool>("--bidirectional") { Description = "Also train a right-to-left tagger and add its scores (no tag dictionary; about twice the size and tagging time)." };
        var noLexicon = new Option<bool>("--no-tag-lexicon") { Description = "Train without the tag lexicon learned from automatically tagged Reuters-21578 text (reuters21578 under --data)." };
        var pos = new Command("pos", "Train the part-of-speech tagger (averaged perceptron) on CoNLL-2003 eng.train; logs eng.testa accuracy per pass.")
        {
            data, output, iterations, seed, bidirectional, noLexicon,
        };
        pos.SetAction(result =>
        {
            if (!CommonOptions.TryConll(result.GetValue(data)!, out var train, out var dev))
            {
                return 1;
            }

            IReadOnlyList<string[]>? lexiconText = null;
            if (!result.GetValue(noLexicon))
            {
                var reuters = Path.Combine(result.GetValue(data)!, "reuters21578");
                if (CommonOptions.Missing(reuters))
                {
                    return 1;
                }

                lexiconText = PosLexiconText.ReadReuters(reuters);
            }

            var options = new PosTrainingOptions
            {
                Sequence = new SequenceTrainingOptions
                {
                    Iterations = result.GetValue(iterations),
                    Seed = result.GetValue(seed),
                    TagDictionaryMinCount = result.GetValue(bidirectional) ? 0 : new SequenceTrainingOptions().TagDictionaryMinCount,
                },
                DevelopmentFile = dev,
                Clusters = LanguageModels.Clusters,
                Bidirectional = result.GetValue(bidirectional),
                LexiconText = lexiconText,
            };
            var tagger = PosTraining.Train(train, options, message => Console.Error.WriteLine(message));
            var outPath = result.GetValue(output)!;
            return CommonOptions.WriteModel(outPath, stream => tagger.Save(stream));
        });
        var train = new Command("train", "Rebuild Dyad's trained models from the shared data.") { pos, TrainChunksCommand.Create(), Sentences(), TrainNerCommand.Create(), TrainLexiconCommand.Create(), TrainQuotesCommand.Create() };
        train.Subcommands.Add(All(train));
        return train;
    }

    /// <summary>
    /// <c>dyad train all</c>: every model, each written to its default place, in dependency order (the lexicon first:
    /// the taggers read its clusters and gazetteer; then sentences, part of speech, chunks, entities, and the quote
    /// model, which learns from what the language models and the quote rules make of PolNeAR). A model trained
    /// here uses the models embedded in this build, so after retraining one that others depend on, rebuild and run
    /// again until nothing changes.
    /// </summary>
    private static Command All(Command train)
    {
        var data = CommonOptions.SharedData("the training data of every model");
        var command = new Command("all", "Rebuild every model in dependency order: lexicon, sentences, pos, chunks, ner, quotes.") { data };
        command.SetAction(result =>
        {
            var dir = result.GetValue(data)!;
            foreach (var name in (string[])["lexicon", "sentences", "pos", "chunks", "ner", "quotes"])
            {
                if (train.Subcommands.All(c => c.Name != name))
                {
                    continue;
                }

                Consoles.Error.MarkupLineInterpolated($"[bold]dyad train {name}[/]");
                var code = train.Parse([name, "--data", dir]).Invoke();
                if (code != 0)
                {
                    Consoles.Error.MarkupLineInterpolated($"[red]error:[/] dyad train {name} failed (exit code {code}); stopping.");
                    return code;
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Sentences()
    {
        var data = CommonOptions.SharedData("conll2003/eng.train and eng.testa");
        var output = CommonOptions.ModelOut("sentences.bin");
        var iterations = CommonOptions.Iterations(10, "Training passes.");
        var seed = CommonOptions.Seed(1);
        var command = new Command("sentences", "Train the sentence boundary model on CoNLL-2003 eng.train (documents joined with spaces); logs eng.testa F1 per pass.")
        {
            data, output, iterations, seed,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryConll(result.GetValue(data)!, out var train, out var dev))
            {
                return 1;
            }

            var model = SentenceBoundaryTraining.Train(train, result.GetValue(iterations), result.GetValue(seed), dev, message => Console.Error.WriteLine(message));
            var outPath = result.GetValue(output)!;
            return CommonOptions.WriteModel(outPath, model.Save);
        });
        return command;
    }
}
