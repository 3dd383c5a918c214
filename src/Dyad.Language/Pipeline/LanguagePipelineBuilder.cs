using Dyad.Language.Chunking;
using Dyad.Language.Entities;
using Dyad.Language.Sentences;
using Dyad.Language.Tagging;
using Dyad.Language.Time;

namespace Dyad.Language.Pipeline;

/// <summary>Builds a <see cref="LanguagePipeline"/>: <c>Use*</c> adds a stage (once; a second call replaces it), <see cref="Build"/> checks the order.</summary>
public sealed class LanguagePipelineBuilder
{
    private readonly List<ILanguageStage> _stages = [];

    /// <summary>Adds the tokenizer.</summary>
    public LanguagePipelineBuilder UseTokenizer() => Use(TokenizerStage.Instance);

    /// <summary>Adds the sentence splitter with <paramref name="model"/> (default: the shipped boundary model).</summary>
    public LanguagePipelineBuilder UseSentenceSplitter(SentenceBoundaryModel? model = null) => Use(new SentenceSplitterStage(model));

    /// <summary>Adds the part-of-speech tagger (default: the shipped model).</summary>
    public LanguagePipelineBuilder UsePartsOfSpeech(PosTagger? tagger = null) => Use(new PartOfSpeechStage(tagger));

    /// <summary>Adds the chunker (default: the shipped model).</summary>
    public LanguagePipelineBuilder UseChunker(Chunker? chunker = null) => Use(new ChunkerStage(chunker));

    /// <summary>Adds the time-expression tagger (default: <see cref="TimeExpressionTagger.Default"/>).</summary>
    public LanguagePipelineBuilder UseTimexTagger(TimeExpressionTagger? tagger = null) => Use(new TimexTaggerStage(tagger));

    /// <summary>Adds the named-entity recognizer (default: the shipped model).</summary>
    public LanguagePipelineBuilder UseEntityRecognizer(EntityTagger? tagger = null) => Use(new EntityRecognizerStage(tagger));

    /// <summary>Adds every stage with the shipped models, in order.</summary>
    public LanguagePipelineBuilder UseAll() =>
        UseTokenizer().UseSentenceSplitter().UsePartsOfSpeech().UseChunker().UseEntityRecognizer().UseTimexTagger();

    /// <summary>Adds <paramref name="stage"/>, replacing an earlier stage of the same type.</summary>
    public LanguagePipelineBuilder Use(ILanguageStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var existing = _stages.FindIndex(s => s.GetType() == stage.GetType());
        if (existing >= 0)
        {
            _stages[existing] = stage;
        }
        else
        {
            _stages.Add(stage);
        }

        return this;
    }

    /// <summary>The pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage requires a layer that no earlier stage produces.</exception>
    public LanguagePipeline Build()
    {
        var produced = Layers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~produced;
            if (missing != Layers.None)
            {
                throw new InvalidOperationException($"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.");
            }

            produced |= stage.Produces;
        }

        return new LanguagePipeline([.. _stages]);
    }
}
