using System.Collections.Immutable;
using Dyad.Language.Time;

namespace Dyad.Language.Pipeline;

/// <summary>
/// Adds time expressions normalised against the text's anchor (publication) date (<see cref="TimeExpressionTagger"/>);
/// part-of-speech tags, when present, help it read the tense.
/// </summary>
/// <param name="tagger">The tagger (default: <see cref="TimeExpressionTagger.Default"/>).</param>
public sealed class TimexTaggerStage(TimeExpressionTagger? tagger = null) : ILanguageStage
{
    private readonly TimeExpressionTagger _tagger = tagger ?? TimeExpressionTagger.Default;

    /// <inheritdoc />
    public string Name => "timexes";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.Timexes;

    /// <inheritdoc />
    public AnnotatedText Process(AnnotatedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = text.Has(Layers.PartsOfSpeech) ? text.PartsOfSpeech : (IReadOnlyList<string>?)null;
        var found = _tagger.Tag(text.Text, text.Tokens, text.Sentences, text.Anchor, pos);
        return text.WithTimexes([.. found]);
    }
}
