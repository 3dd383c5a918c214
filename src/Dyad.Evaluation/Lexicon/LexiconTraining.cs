using Dyad.Language.Lexicon;

namespace Dyad.Evaluation.Lexicon;

/// <summary>
/// Rebuilds the shipped lexical resources: the word clusters from the unlabeled corpus (<see cref="UnlabeledCorpus"/>)
/// and the gazetteer from its fact tables, dropping city and given-name entries that the same corpus shows to be
/// ordinary English words.
/// </summary>
public static class LexiconTraining
{
    /// <summary>The result of <see cref="Train"/>.</summary>
    /// <param name="Gazetteer">The compiled gazetteer.</param>
    /// <param name="Clusters">The word clusters, or <see langword="null"/> when clustering was not asked for.</param>
    /// <param name="Corpus">The unlabeled corpus both were made from.</param>
    public sealed record Result(Gazetteer Gazetteer, WordClusters? Clusters, WordCorpus Corpus);

    /// <summary>Reads the corpus under <paramref name="dataDir"/>, builds the gazetteer from the tables in
    /// <paramref name="tablesDir"/> and trains the clusters with <paramref name="options"/> (none when it is
    /// <see langword="null"/>). Deterministic: the same inputs give byte-identical files.</summary>
    public static Result Train(string dataDir, string tablesDir, BrownClusteringOptions? options, Action<string>? log = null)
    {
        var corpus = UnlabeledCorpus.Read(dataDir, log);
        log?.Invoke($"corpus: {corpus.TokenCount:N0} tokens, {corpus.FormCount:N0} distinct forms");
        var gazetteer = GazetteerTables.Build(tablesDir, corpus.IsOrdinaryWord, log);
        log?.Invoke($"gazetteer: {gazetteer.EntryCount:N0} entries");
        var clusters = options is null ? null : BrownClustering.Train(corpus, options, log);
        return new Result(gazetteer, clusters, corpus);
    }
}
