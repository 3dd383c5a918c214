using System.CommandLine;
using Dyad.Evaluation.Language;
using Dyad.Evaluation.Reuters;
using Dyad.Language.Time;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval timex</c>: time expressions on the TempEval-3 training split (TimeBank and AQUAINT), DCT as anchor.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("tempeval3/Training");
        var corpus = new Option<string>("--corpus")
        {
            Description = "The TimeML folder to score, under --data (its TimeBank and AQUAINT parts when present, else every *.tml below it).",
            DefaultValueFactory = _ => Path.Combine("tempeval3", "Training"),
            HelpName = "PATH",
        };
        var speed = new Option<bool>("--speed")
        {
            Description = "Also time the tagger alone over the Reuters-21578 bodies under --data (tokenizing and splitting untimed).",
        };
        var command = new Command("timex", "Time expressions on TempEval-3 TimeBank + AQUAINT: strict/relaxed span, type and value F1 (DCT as anchor).")
        {
            data, corpus, speed,
        };
        command.SetAction(result =>
        {
            var folder = Path.Combine(result.GetValue(data)!, result.GetValue(corpus)!);
            if (CommonOptions.Missing(folder))
            {
                return 1;
            }

            Console.WriteLine(TimexEvaluation.Run(folder, TimeExpressionTagger.Default).ToMarkdown());
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
                Console.WriteLine(TimexThroughput.Measure(texts, Dyad.Core.PartialDate.FromDay(1987, 3, 1)).ToMarkdown());
            }

            return 0;
        });
        return command;
    }
}
