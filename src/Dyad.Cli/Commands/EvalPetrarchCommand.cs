using System.CommandLine;
using Dyad.Evaluation.Events;
using Dyad.Events.Dictionaries;
using Dyad.Events.Petrarch;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval petrarch</c>: the dictionary coder on the PETRARCH-2 unit test records with the validation dictionaries.</summary>
internal static class EvalPetrarchCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData(PetrarchUnitEvaluation.RecordsPath);
        var showErrors = new Option<bool>("--show-errors") { Description = "List the records not exactly right, with the triples expected and coded." };
        var trace = new Option<string?>("--trace") { Description = "Explain how the record with this id is coded (words, tags, actors, verbs, patterns).", HelpName = "ID" };
        var command = new Command("petrarch", "Records exactly right on the PETRARCH-2 unit tests, coded from raw text with the PETR.Validate.* dictionaries.")
        {
            data, showErrors, trace,
        };
        command.SetAction(result =>
        {
            var root = result.GetValue(data)!;
            var path = Path.Combine(root, PetrarchUnitEvaluation.RecordsPath);
            if (CommonOptions.Missing(path))
            {
                return 1;
            }

            var coder = new DictionaryEventCoder(PetrarchDictionaries.Load(PetrarchUnitEvaluation.ValidationFiles(root)));
            var records = PetrarchUnitEvaluation.Read(path);
            if (result.GetValue(trace) is { } id)
            {
                foreach (var r in records.Where(r => r.Id == id))
                {
                    Console.Out.WriteLine($"{r.Id} {r.Date:yyyy-MM-dd} expected: {string.Join(' ', r.Expected)}");
                    Console.Out.Write(coder.Explain(r.Text, r.Date));
                }

                return 0;
            }

            var report = PetrarchUnitEvaluation.Run(records, coder);
            Console.Out.Write(PetrarchUnitEvaluation.ToMarkdown(report, result.GetValue(showErrors)));
            return 0;
        });
        return command;
    }
}
