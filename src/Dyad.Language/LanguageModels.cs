using Dyad.Language.Chunking;
using Dyad.Language.Entities;
using Dyad.Language.Lexicon;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Language;

/// <summary>The trained models shipped inside this assembly, each loaded once on first use (see <c>Models/README.md</c>).</summary>
public static class LanguageModels
{
    private static readonly Lazy<WordClusters> ClustersModel = new(() => LoadEmbedded("Dyad.Language.Models.clusters.bin", WordClusters.Load));
    private static readonly Lazy<Gazetteer> GazetteerModel = new(() => LoadEmbedded("Dyad.Language.Models.gazetteer.bin", Gazetteer.Load));
    private static readonly Lazy<SentenceBoundaryModel> SentenceModel = new(() => LoadEmbedded("Dyad.Language.Models.sentences.bin", SentenceBoundaryModel.Load));
    private static readonly Lazy<PosTagger> PosModel = new(() => LoadEmbedded("Dyad.Language.Models.pos.bin", PosTagger.Load));
    private static readonly Lazy<Chunker> ChunkModel = new(() => LoadEmbedded("Dyad.Language.Models.chunk.bin", Chunking.Chunker.Load));
    private static readonly Lazy<EntityTagger> EntityModel = new(() => LoadEmbedded("Dyad.Language.Models.ner.bin", EntityTagger.Load));

    /// <summary>Brown word clusters learned from unlabeled news text (the taggers' cluster features).</summary>
    public static WordClusters Clusters => ClustersModel.Value;

    /// <summary>The gazetteer of places, peoples, organisations, people and titles.</summary>
    public static Gazetteer Gazetteer => GazetteerModel.Value;

    /// <summary>The sentence boundary model trained on CoNLL-2003 <c>eng.train</c>.</summary>
    public static SentenceBoundaryModel Sentences => SentenceModel.Value;

    /// <summary>The part-of-speech tagger trained on CoNLL-2003 <c>eng.train</c>.</summary>
    public static PosTagger Pos => PosModel.Value;

    /// <summary>The chunker (shallow parser) trained on CoNLL-2003 <c>eng.train</c>; feed it <see cref="Pos"/> tags.</summary>
    public static Chunker Chunker => ChunkModel.Value;

    /// <summary>The named-entity tagger trained on CoNLL-2003 <c>eng.train</c>; feed it <see cref="Pos"/> tags.</summary>
    public static EntityTagger Entities => EntityModel.Value;

    /// <summary>
    /// Loads every model in dependency order (clusters and gazetteer first, since the taggers read them) and returns
    /// how long each took: the first access in a process, so it includes compiling the loader.
    /// </summary>
    public static IReadOnlyList<(string Model, TimeSpan Elapsed)> LoadAll()
    {
        var result = new List<(string, TimeSpan)>();
        Time("clusters.bin", () => Clusters);
        Time("gazetteer.bin", () => Gazetteer);
        Time("sentences.bin", () => Sentences);
        Time("pos.bin", () => Pos);
        Time("chunk.bin", () => Chunker);
        Time("ner.bin", () => Entities);
        return result;

        void Time(string name, Func<object> load)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            GC.KeepAlive(load());
            result.Add((name, System.Diagnostics.Stopwatch.GetElapsedTime(start)));
        }
    }

    private static T LoadEmbedded<T>(string name, Func<Stream, T> load)
    {
        using var stream = typeof(LanguageModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from {typeof(LanguageModels).Assembly.GetName().Name}.");
        return load(stream);
    }
}
