using System.CommandLine;
using Dyad.Evaluation.Lexicon;
using Dyad.Language.Lexicon;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train lexicon</c>: rebuilds the gazetteer and the word clusters (Models/gazetteer.bin, clusters.bin).</summary>
internal static class TrainLexiconCommand
{
    public static Command Create()
    {
        var data = CommonOptions.SharedData("reuters21578, conll2003/eng.train, tempeval3/Training, te3-silver-wire-sample, polnear/train");
        var tables = new Option<string>("--tables")
        {
            Description = "The gazetteer's fact tables (*.tsv).",
            DefaultValueFactory = _ => Path.Combine("src", "Dyad.Language", "Lexicon", "Data"),
            HelpName = "DIR",
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write gazetteer.bin and clusters.bin to.",
            DefaultValueFactory = _ => Path.Combine("src", "Dyad.Language", "Models"),
            HelpName = "DIR",
        };
        var clusters = new Option<int>("--clusters") { Description = "Number of Brown clusters.", DefaultValueFactory = _ => new BrownClusteringOptions().Clusters };
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often.", DefaultValueFactory = _ => new BrownClusteringOptions().MinCount };
        foreach (var option in new[] { clusters, minCount })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{option.Name} must be at least 1.");
                }
            });
        }

        var gazetteerOnly = new Option<bool>("--gazetteer-only") { Description = "Rebuild only gazetteer.bin (skips the clustering, which takes minutes)." };
        var command = new Command("lexicon", "Build the gazetteer from its fact tables and learn Brown word clusters from unlabeled news text.")
        {
            data, tables, output, clusters, minCount, gazetteerOnly,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(data)!;
            var tableDir = result.GetValue(tables)!;
            if (CommonOptions.Missing(dir))
            {
                return 1;
            }

            if (!Directory.Exists(tableDir))
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {tableDir} not found (pass --tables DIR).");
                return 1;
            }

            var options = new BrownClusteringOptions { Clusters = result.GetValue(clusters), MinCount = result.GetValue(minCount) };
            var trained = LexiconTraining.Train(dir, tableDir, result.GetValue(gazetteerOnly) ? null : options, message => Console.Error.WriteLine(message));
            var outDir = result.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var gazetteerPath = Path.Combine(outDir, "gazetteer.bin");
            using (var stream = File.Create(gazetteerPath))
            {
                trained.Gazetteer.Save(stream);
            }

            Consoles.Error.MarkupLineInterpolated($"Wrote {gazetteerPath} ({new FileInfo(gazetteerPath).Length:N0} bytes, {trained.Gazetteer.EntryCount:N0} entries).");
            var conll = Path.Combine(dir, "conll2003", "eng.train");
            if (File.Exists(conll))
            {
                Console.Error.WriteLine($"Coverage of {conll}:");
                var clustersForCoverage = trained.Clusters ?? LoadIfPresent(Path.Combine(outDir, "clusters.bin"));
                Console.Error.WriteLine(LexiconCoverage.Measure(trained.Gazetteer, clustersForCoverage, conll).ToMarkdown());
            }

            if (trained.Clusters is null)
            {
                return 0;
            }

            var clustersPath = Path.Combine(outDir, "clusters.bin");
            using (var stream = File.Create(clustersPath))
            {
                trained.Clusters.Save(stream);
            }

            Consoles.Error.MarkupLineInterpolated($"Wrote {clustersPath} ({new FileInfo(clustersPath).Length:N0} bytes, {trained.Clusters.WordCount:N0} words in {trained.Clusters.ClusterCount} clusters).");
            return 0;
        });
        return command;
    }

    private static WordClusters? LoadIfPresent(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return WordClusters.Load(stream);
    }
}
