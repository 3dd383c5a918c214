using System.CommandLine;
using Dyad.Evaluation.Language;
using Dyad.Language.Time;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval timex</c>: time expressions on the TempEval-3 training split (TimeBank and AQUAINT), DCT as anchor.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("tempeval3/Training");
        var corpus = new Option<string>("--corpus")
        {
            Description = "The TimeML folder to score, under --data (every *.tml below it).",
            DefaultValueFactory = _ => Path.Combine("tempeval3", "Training"),
            HelpName = "PATH",
        };
        var command = new Command("timex", "Time expressions on TempEval-3 TimeBank + AQUAINT: strict/relaxed span, type and value F1 (DCT as anchor).")
        {
            data, corpus,
        };
        command.SetAction(result =>
        {
            var folder = Path.Combine(result.GetValue(data)!, result.GetValue(corpus)!);
            if (!Directory.Exists(folder))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {folder} not found (pass --data DIR).");
                return 1;
            }

            Console.WriteLine(TimexEvaluation.Run(folder, TimeExpressionTagger.Default).ToMarkdown());
            return 0;
        });
        return command;
    }
}
