using System.CommandLine;
using System.Diagnostics;
using Dyad.Evaluation.Language;
using Dyad.Evaluation.Reuters;
using Dyad.Language;
using Dyad.Language.Entities;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval ner</c>: entity-level F1 (conlleval exact match) on CoNLL-2003 eng.testa.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("conll2003/eng.testa");
        var model = new Option<string?>("--model") { Description = "A model file from 'dyad train ner' (default: the one shipped).", HelpName = "FILE" };
        var file = new Option<string>("--file") { Description = "The CoNLL file to score, under --data/conll2003.", DefaultValueFactory = _ => "eng.testa", HelpName = "NAME" };
        var speed = new Option<int>("--speed")
        {
            Description = "Also time the tagger alone over this many Reuters-21578 bodies (under --data/reuters21578); 0 skips.",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var command = new Command("ner", "Named-entity F1 on CoNLL-2003 eng.testa (the development set), with per-type scores and the commonest errors.")
        {
            data, model, file, speed,
        };
        command.SetAction(result =>
        {
            var name = result.GetValue(file)!;
            if (name.Contains("testb", StringComparison.OrdinalIgnoreCase))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {name} is the held-out test split; Dyad is tuned and scored on eng.testa only.");
                return 1;
            }

            var path = Path.Combine(result.GetValue(data)!, "conll2003", name);
            if (CommonOptions.Missing(path))
            {
                return 1;
            }

            var clock = Stopwatch.StartNew();
            EntityTagger tagger;
            if (result.GetValue(model) is { } modelPath)
            {
                using var stream = File.OpenRead(modelPath);
                tagger = EntityTagger.Load(stream);
            }
            else
            {
                tagger = LanguageModels.Entities;
            }

            var load = clock.Elapsed;
            Console.WriteLine(NerEvaluation.Evaluate(tagger, LanguageModels.Pos, path).ToMarkdown());
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Model load: {load.TotalMilliseconds:F0} ms (first use, with the gazetteer and clusters it needs)."));
            if (result.GetValue(speed) is > 0 and var count)
            {
                var reuters = Path.Combine(result.GetValue(data)!, "reuters21578");
                if (CommonOptions.Missing(reuters))
                {
                    return 1;
                }

                var texts = ReutersCorpus.Read(reuters).Select(a => a.Body).Where(b => b.Length > 0).Take(count).ToList();
                Console.WriteLine();
                Console.WriteLine(NerThroughput.Measure(tagger, LanguageModels.Pos, texts).ToMarkdown());
            }

            return 0;
        });
        return command;
    }
}
