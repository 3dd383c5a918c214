using System.CommandLine;
using Dyad.Evaluation.Language;
using Dyad.Language;
using Dyad.Language.Chunking;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval chunks</c>: phrase-level chunk F1 on CoNLL-2003 eng.testa.</summary>
internal static class EvalChunksCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("conll2003/eng.testa");
        var model = new Option<string?>("--model") { Description = "A model file from 'dyad train chunks' (default: the one shipped).", HelpName = "FILE" };
        var goldPos = new Option<bool>("--gold-pos") { Description = "Feed the file's gold part-of-speech tags instead of the shipped tagger's." };
        var command = new Command("chunks", "Chunk F1 (conlleval exact phrase match) on CoNLL-2003 eng.testa, with predicted part-of-speech tags.")
        {
            data, model, goldPos,
        };
        command.SetAction(result =>
        {
            var file = Path.Combine(result.GetValue(data)!, "conll2003", "eng.testa");
            if (!File.Exists(file))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {file} not found (pass --data DIR).");
                return 1;
            }

            Chunker chunker;
            if (result.GetValue(model) is { } path)
            {
                using var stream = File.OpenRead(path);
                chunker = Chunker.Load(stream);
            }
            else
            {
                chunker = LanguageModels.Chunker;
            }

            var pos = result.GetValue(goldPos) ? null : LanguageModels.Pos;
            Console.WriteLine(ChunkEvaluation.Evaluate(chunker, pos, file).ToMarkdown());
            return 0;
        });
        return command;
    }
}
