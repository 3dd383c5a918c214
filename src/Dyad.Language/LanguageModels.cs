using Dyad.Language.Chunking;
using Dyad.Language.Entities;
using Dyad.Language.Lexicon;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;

namespace Dyad.Language;

/// <summary>The trained models shipped inside this assembly, each loaded once on first use.</summary>
public static class LanguageModels
{
    private static readonly Lazy<EntityTagger> EntityModel = new(() => LoadEmbedded("Dyad.Language.Models.ner.bin", EntityTagger.Load));

    private static readonly Lazy<PosTagger> PosModel = new(() => LoadEmbedded("Dyad.Language.Models.pos.bin", PosTagger.Load));
    private static readonly Lazy<Gazetteer> GazetteerModel = new(() => LoadEmbedded("Dyad.Language.Models.gazetteer.bin", Gazetteer.Load));
    private static readonly Lazy<WordClusters> ClustersModel = new(() => LoadEmbedded("Dyad.Language.Models.clusters.bin", WordClusters.Load));

    private static readonly Lazy<SentenceBoundaryModel> SentenceModel = new(() => LoadEmbedded("Dyad.Language.Models.sentences.bin", SentenceBoundaryModel.Load));

    /// <summary>The sentence boundary model trained on CoNLL-2003 <c>eng.train</c> (see <c>Models/README.md</c>).</summary>
    public static SentenceBoundaryModel Sentences => SentenceModel.Value;
    private static readonly Lazy<Chunker> ChunkModel = new(() => LoadEmbedded("Dyad.Language.Models.chunk.bin", Chunking.Chunker.Load));

    /// <summary>The chunker (shallow parser) trained on CoNLL-2003 <c>eng.train</c>; feed it <see cref="Pos"/> tags (see <c>Models/README.md</c>).</summary>
    public static Chunker Chunker => ChunkModel.Value;

    /// <summary>The part-of-speech tagger trained on CoNLL-2003 <c>eng.train</c> (see <c>Models/README.md</c>).</summary>
    public static PosTagger Pos => PosModel.Value;

    /// <summary>The named-entity tagger trained on CoNLL-2003 <c>eng.train</c> (see <c>Models/README.md</c>).</summary>
    public static EntityTagger Entities => EntityModel.Value;

    /// <summary>The gazetteer of countries, peoples, places, organisations, public figures and titles (see <c>Models/README.md</c>).</summary>
    public static Gazetteer Gazetteer => GazetteerModel.Value;

    /// <summary>The Brown word clusters learned from unlabeled news text (see <c>Models/README.md</c>).</summary>
    public static WordClusters Clusters => ClustersModel.Value;

    private static T LoadEmbedded<T>(string name, Func<Stream, T> load)
    {
        using var stream = typeof(LanguageModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from {typeof(LanguageModels).Assembly.GetName().Name}.");
        return load(stream);
    }
}
