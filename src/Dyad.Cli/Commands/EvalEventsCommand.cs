using System.CommandLine;
using Dyad.Evaluation.Events;
using Dyad.Events.Extraction;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval events</c>: the event coder on the PLOVER gold standard records (event type, source, target).</summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("event-coding/plover/PLOVER_GSR_CAMEO.txt");
        var examples = new Option<int>("--examples") { Description = "How many missed records to list.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("events", "Event types, sources and targets on the PLOVER gold standard records (the CAMEO manual's examples).")
        {
            data, examples,
        };
        command.SetAction(result =>
        {
            var path = Path.Combine(result.GetValue(data)!, "event-coding", "plover", "PLOVER_GSR_CAMEO.txt");
            if (CommonOptions.Missing(path))
            {
                return 1;
            }

            var records = PloverEvaluation.Read(path);
            var report = PloverEvaluation.Run(records, EventExtractor.Default, e => PloverEvaluation.As2016(e.Plover, e.Code), result.GetValue(examples));
            Console.Out.Write(PloverEvaluation.ToMarkdown(report));
            return 0;
        });
        return command;
    }
}
