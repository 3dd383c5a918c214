using Dyad.Core;

namespace Dyad.Language.Pipeline;

/// <summary>
/// The language layer as an ordered list of stages, checked when built: every stage's required layers are produced
/// by a stage before it. Immutable and thread-safe.
/// </summary>
public sealed class LanguagePipeline
{
    private static readonly Lazy<LanguagePipeline> DefaultPipeline = new(() => new LanguagePipelineBuilder().UseAll().Build());

    private readonly ILanguageStage[] _stages;

    internal LanguagePipeline(ILanguageStage[] stages)
    {
        _stages = stages;
    }

    /// <summary>Every stage with the shipped models.</summary>
    public static LanguagePipeline Default => DefaultPipeline.Value;

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<ILanguageStage> Stages => _stages;

    /// <summary>The layers the pipeline produces.</summary>
    public Layers Produces
    {
        get
        {
            var layers = Layers.None;
            foreach (var stage in _stages)
            {
                layers |= stage.Produces;
            }

            return layers;
        }
    }

    /// <summary>Runs every stage over <paramref name="text"/>.</summary>
    /// <param name="text">The text (a document's cleaned text).</param>
    /// <param name="anchor">The publication date that relative time expressions resolve against, when known.</param>
    public AnnotatedText Annotate(string text, PartialDate? anchor = null)
    {
        var annotated = AnnotatedText.Create(text, anchor);
        foreach (var stage in _stages)
        {
            annotated = stage.Process(annotated);
        }

        return annotated;
    }
}
