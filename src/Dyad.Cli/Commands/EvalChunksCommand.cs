using System.CommandLine;
using Dyad.Evaluation.Language;
using Dyad.Evaluation.Reuters;
using Dyad.Language;
using Dyad.Language.Chunking;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval chunks</c>: phrase-level chunk F1 on CoNLL-2003 eng.testa.</summary>
internal static class EvalChunksCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("conll2003/eng.testa");
        var model = new Option<string?>("--model") { Description = "A model file from 'dyad train chunks' (default: the one shipped).", HelpName = "FILE" };
        var goldPos = new Option<bool>("--gold-pos") { Description = "Feed the file's gold part-of-speech tags instead of the shipped tagger's." };
        var speed = new Option<bool>("--speed") { Description = "Also time the shipped tagger and chunker over the Reuters-21578 bodies under --data." };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds for --speed.", DefaultValueFactory = _ => 3 };
        var command = new Command("chunks", "Chunk F1 (conlleval exact phrase match) on CoNLL-2003 eng.testa, with predicted part-of-speech tags.")
        {
            data, model, goldPos, speed, rounds,
        };
        command.SetAction(result =>
        {
            var file = Path.Combine(result.GetValue(data)!, "conll2003", "eng.testa");
            if (CommonOptions.Missing(file))
            {
                return 1;
            }

            var chunker = CommonOptions.ModelOrShipped(result.GetValue(model), Chunker.Load, () => LanguageModels.Chunker);

            var pos = result.GetValue(goldPos) ? null : LanguageModels.Pos;
            Console.WriteLine(ChunkEvaluation.Evaluate(chunker, pos, file).ToMarkdown());
            if (result.GetValue(speed))
            {
                var reuters = Path.Combine(result.GetValue(data)!, "reuters21578");
                if (CommonOptions.Missing(reuters))
                {
                    return 1;
                }

#if DEBUG
                Consoles.Error.MarkupLine("[yellow]warning:[/] this is a Debug build; run with -c Release for real numbers.");
#endif
                var texts = ReutersCorpus.Read(reuters).Select(a => a.Body).Where(b => b.Length > 0).ToList();
                Console.WriteLine(ChunkThroughput.Measure(texts, LanguageModels.Pos, chunker, Math.Max(1, result.GetValue(rounds))).ToMarkdown());
            }

            return 0;
        });
        return command;
    }
}
